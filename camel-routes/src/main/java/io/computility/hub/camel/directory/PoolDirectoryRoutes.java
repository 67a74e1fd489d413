package io.computility.hub.camel.directory;

import io.computility.hub.camel.CamelRoutesProperties;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Rebuilds the pool directory on a schedule, in case a change reached the unified model without an event. */
@Component
class PoolDirectoryRoutes extends RouteBuilder {

  private final LivePoolDirectory directory;
  private final long periodMillis;

  PoolDirectoryRoutes(LivePoolDirectory directory, CamelRoutesProperties properties) {
    this.directory = directory;
    this.periodMillis = properties.directory().refreshPeriod().toMillis();
  }

  @Override
  public void configure() {
    from("timer:pool-directory?period=" + periodMillis + "&delay=" + periodMillis).routeId("pool-directory-refresh")
        .process(exchange -> directory.refresh());
  }
}
