package io.computility.hub.workers;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;

/**
 * The one Spring test context of this module: the embedded engine on MariaDB, the worker runtime, and a
 * scripted worker per test topic.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan
public class WorkersTestApplication {

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
