package io.computility.hub.workers;

import io.computility.hub.workers.billing.ScriptedUsageReader;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Primary;

/**
 * The one Spring test context of this module: the embedded engine on MariaDB, the worker runtime, a
 * scripted worker per test topic, a scripted provider's usage readings, the
 * ledger's evidence as recorded, and a clock the tests move by hand.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
// Like @SpringBootApplication: test components such as PlacementTestApplication stay out of this context.
@ComponentScan(excludeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class))
public class WorkersTestApplication {

  @Bean
  @Primary
  MutableClock testClock() {
    return new MutableClock();
  }

  /** The ledger module's evidence port, at the edge of this module. */
  @Bean
  RecordedEvidence recordedEvidence() {
    return new RecordedEvidence();
  }

  /** The remote providers' usage, at the edge of the system. */
  @Bean
  ScriptedUsageReader scriptedUsageReader() {
    return new ScriptedUsageReader();
  }

  @Bean
  ScriptedWorker completingWorker() {
    return new ScriptedWorker("completing");
  }

  @Bean
  ScriptedWorker rejectingWorker() {
    return new ScriptedWorker("rejecting");
  }

  @Bean
  ScriptedWorker flakyWorker() {
    return new ScriptedWorker("flaky");
  }

  @Bean
  ScriptedWorker strictWorker() {
    return new ScriptedWorker("strict");
  }

  @Bean
  ScriptedWorker longRunningWorker() {
    return new ScriptedWorker("long-running");
  }

  @Bean
  ScriptedWorker gatedWorker() {
    return new ScriptedWorker("gated");
  }
}
