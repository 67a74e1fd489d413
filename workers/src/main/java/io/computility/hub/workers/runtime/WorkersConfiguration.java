package io.computility.hub.workers.runtime;

import io.computility.hub.workers.Worker;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.UUID;
import org.operaton.bpm.engine.ProcessEngine;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the worker runtime on the embedded Operaton engine: on unless {@code hub.workers.enabled=false} or
 * another engine runs the processes ({@code hub.engine=camunda8}, see {@code workers.camunda8}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "hub.workers", name = "enabled", matchIfMissing = true)
@ConditionalOnProperty(name = "hub.engine", havingValue = "operaton", matchIfMissing = true)
@EnableConfigurationProperties(WorkersProperties.class)
class WorkersConfiguration {

  @Bean
  PollSignal workerPollSignal() {
    return new PollSignal();
  }

  @Bean
  ExternalTaskCreatedPlugin externalTaskCreatedPlugin(PollSignal workerPollSignal) {
    return new ExternalTaskCreatedPlugin(workerPollSignal);
  }

  @Bean
  WorkerRuntime workerRuntime(ProcessEngine processEngine, List<Worker> workers, WorkersProperties properties,
      PollSignal workerPollSignal) {
    String workerId = properties.workerId() != null ? properties.workerId() : nodeWorkerId();
    return new WorkerRuntime(processEngine.getExternalTaskService(), workers, properties, workerPollSignal,
        workerId);
  }

  // Host and process tell nodes apart in Cockpit; the suffix keeps two engines in one JVM apart too.
  private static String nodeWorkerId() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "unknown-host";
    }
    return host + "-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
