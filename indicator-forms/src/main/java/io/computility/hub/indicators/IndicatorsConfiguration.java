package io.computility.hub.indicators;

import io.computility.hub.indicators.analysis.AnomalyScan;
import io.computility.hub.workers.runtime.PeriodicRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Binds {@link IndicatorsProperties} and runs the anomaly scan in the background; the module's mappers are found by
 * the application's mapper scan.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IndicatorsProperties.class)
class IndicatorsConfiguration {

  /** Judges the anomaly queue every {@code hub.indicators.anomaly.scan-interval}. */
  @Bean
  PeriodicRunner anomalyScanLoop(AnomalyScan scan, IndicatorsProperties properties) {
    return new PeriodicRunner("anomaly-scan", properties.anomaly().scanInterval(), true, scan::drain);
  }
}
