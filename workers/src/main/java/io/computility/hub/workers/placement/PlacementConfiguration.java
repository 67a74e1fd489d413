package io.computility.hub.workers.placement;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defaults the resource layer replaces with live data. */
@Configuration(proxyBeanMethods = false)
class PlacementConfiguration {

  /** Distance-based estimates until the topology provides measured latencies (mark that bean {@code @Primary}). */
  @Bean
  @ConditionalOnMissingBean(LatencyMatrix.class)
  GeoLatencyMatrix geoLatencyMatrix() {
    return new GeoLatencyMatrix();
  }
}
