package io.computility.hub.workers.placement;

import java.time.Clock;
import org.operaton.bpm.spring.boot.starter.OperatonBpmAutoConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The scheduling layer's Spring test application: placement and simulation beans, MyBatis, Flyway and MariaDB
 * ({@code hub_test_placement}, profile {@code placement}), without the process engine, which these tests do not
 * need. Every SQL and API test of the feature uses it so that Spring caches one context.
 *
 * <p>{@code @TestComponent} keeps it out of other test applications' component scans (Spring Boot's
 * {@code TestTypeExcludeFilter}), so the module's own test application never picks up its exclusions.
 */
@TestComponent
@SpringBootConfiguration
@EnableAutoConfiguration(exclude = OperatonBpmAutoConfiguration.class)
@ComponentScan(basePackages = {"io.computility.hub.workers.placement", "io.computility.hub.workers.simulation"})
public class PlacementTestApplication {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  /** hub-server assembles the real bundles; here only the module's own, which has no default-locale file. */
  @Bean
  MessageSource messageSource() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("i18n/workers");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }
}
