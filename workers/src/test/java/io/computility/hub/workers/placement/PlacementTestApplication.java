package io.computility.hub.workers.placement;

import java.time.Clock;
import org.operaton.bpm.spring.boot.starter.OperatonBpmAutoConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;

/**
 * The scheduling layer's Spring test application: placement and simulation beans, MyBatis, Flyway and MariaDB
 * ({@code hub_test_placement}, profile {@code placement}), without the process engine, which these tests do not
 * need. Every SQL and API test of the feature uses it so that Spring caches one context.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(exclude = OperatonBpmAutoConfiguration.class)
@ComponentScan(basePackages = {"io.computility.hub.workers.placement", "io.computility.hub.workers.simulation"})
public class PlacementTestApplication {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
