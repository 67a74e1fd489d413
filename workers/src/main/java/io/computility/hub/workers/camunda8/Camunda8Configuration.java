package io.computility.hub.workers.camunda8;

import io.camunda.client.CamundaClient;
import io.camunda.client.CamundaClientBuilder;
import io.camunda.client.CredentialsProvider;
import io.camunda.client.impl.NoopCredentialsProvider;
import io.computility.hub.workers.Worker;
import io.computility.hub.workers.runtime.WorkersProperties;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Wires the Camunda 8 runtime, only when {@code hub.engine=camunda8}: the client (over REST, with the
 * configured credentials and nothing taken from the client's own environment variables), the deployment of
 * the converted models, a job worker per {@link Worker} bean, and the Camunda 8 {@code ProcessCommands}. With
 * the default {@code hub.engine=operaton} none of these beans exists, so nothing connects to a cluster.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "hub.engine", havingValue = "camunda8")
@EnableConfigurationProperties({Camunda8Properties.class, WorkersProperties.class})
class Camunda8Configuration {

  @Bean(destroyMethod = "close")
  CamundaClient camundaClient(Camunda8Properties properties, WorkersProperties workerSettings) {
    CamundaClientBuilder builder = CamundaClient.newClientBuilder()
        .applyEnvironmentVariableOverrides(false)
        .preferRestOverGrpc(true)
        .restAddress(properties.requireRestAddress())
        .grpcAddress(properties.effectiveGrpcAddress())
        .defaultRequestTimeout(properties.requestTimeout())
        .defaultJobWorkerStreamEnabled(false)
        .numJobWorkerExecutionThreads(workerSettings.concurrency())
        .credentialsProvider(credentials(properties.auth()));
    if (properties.tenantId() != null) {
      builder.defaultTenantId(properties.tenantId());
    }
    return builder.build();
  }

  @Bean
  Camunda8ProcessCommands camunda8ProcessCommands(CamundaClient camundaClient, Camunda8Properties properties) {
    return new Camunda8ProcessCommands(camundaClient, properties);
  }

  @Bean
  @ConditionalOnProperty(prefix = "hub.workers", name = "enabled", matchIfMissing = true)
  JobWorkers camunda8JobWorkers(CamundaClient camundaClient, ResourcePatternResolver resources,
      List<Worker> workers, WorkersProperties workerSettings, Camunda8Properties properties) {
    String name = workerSettings.workerId() != null ? workerSettings.workerId()
        : "hub-" + ManagementFactory.getRuntimeMXBean().getName();
    return new JobWorkers(camundaClient, new ModelDeployment(camundaClient, resources, properties), workers,
        workerSettings, properties, name);
  }

  private static CredentialsProvider credentials(Camunda8Properties.Auth auth) {
    auth.requireComplete();
    if (auth.mode() == Camunda8Properties.AuthMode.NONE) {
      return new NoopCredentialsProvider();
    }
    var builder = CredentialsProvider.newCredentialsProviderBuilder()
        .clientId(auth.clientId())
        .clientSecret(auth.clientSecret())
        .authorizationServerUrl(auth.tokenUrl().toString());
    if (auth.audience() != null) {
      builder.audience(auth.audience());
    }
    if (auth.scope() != null) {
      builder.scope(auth.scope());
    }
    return builder.build();
  }
}
