package io.computility.hub.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.history.HistoricProcessInstanceQuery;
import org.operaton.bpm.engine.task.Task;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded default (H2 file database, no profile) keeps its state across a restart: deployed processes are not
 * deployed twice, a waiting process instance goes on where it stopped, and tokens issued before still work. Its
 * simulated providers are onboarded through the {@code resource-onboarding} process (approved automatically) soon
 * after the first start, and not again after the restart.
 */
class EmbeddedDefaultRestartTest {

  /** The simulator's providers (at least one of each kind). */
  private static final int SIMULATED_PROVIDERS = 9;

  @TempDir
  Path dataDir;

  @Test
  void aRestartOnTheSameDataKeepsDeploymentsInstancesAndTokens() {
    String instanceId;
    long deployments;
    String token;
    try (ConfigurableApplicationContext first = startHub()) {
      ProcessEngine engine = first.getBean(ProcessEngine.class);
      instanceId = engine.getRuntimeService()
          .startProcessInstanceByKey("hello", "restart", Map.of("name", "重启")).getId();
      await().atMost(Duration.ofSeconds(30)).until(() -> reviewTask(engine, instanceId) != null);
      deployments = engine.getRepositoryService().createDeploymentQuery().count();
      token = new HubClient(port(first)).clientCredentialsToken("partner-demo", "partner-demo-secret");

      String operator = new HubClient(port(first)).deviceToken("operator-demo", "demo");
      await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(simulatedProviders(first, operator))
          .hasSize(SIMULATED_PROVIDERS).allSatisfy(provider -> {
            assertThat(provider.path("admissionStatus").asText()).isEqualTo("ADMITTED");
            assertThat(provider.path("pools")).isNotEmpty();
            assertThat(provider.path("pools").get(0).path("total").isObject()).isTrue();
          }));
      // Admission comes before listing, tagging and starting the sync: the processes end a little later.
      await().atMost(Duration.ofSeconds(120))
          .until(() -> onboardings(engine).finished().count() == SIMULATED_PROVIDERS);
    }

    try (ConfigurableApplicationContext second = startHub()) {
      ProcessEngine engine = second.getBean(ProcessEngine.class);
      assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
      assertThat(onboardings(engine).count()).isEqualTo(SIMULATED_PROVIDERS);
      Task review = reviewTask(engine, instanceId);
      assertThat(review).isNotNull();
      assertThat(engine.getRuntimeService().getVariable(instanceId, "greeting")).isEqualTo("你好, 重启 / Hello, 重启");
      assertThat(new HubClient(port(second)).get("/api/v1/me", token).statusCode()).isEqualTo(200);

      engine.getTaskService().complete(review.getId());
      HistoryService history = engine.getHistoryService();
      assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instanceId).finished().count())
          .isEqualTo(1);
    }
  }

  private static List<JsonNode> simulatedProviders(ConfigurableApplicationContext hub, String token) {
    JsonNode topology = HubClient.json(new HubClient(port(hub)).get("/api/v1/topology", token));
    List<JsonNode> providers = new ArrayList<>();
    topology.path("regions").forEach(region -> region.path("providers").forEach(provider -> {
      if ("SIMULATED".equals(provider.path("source").asText())) {
        providers.add(provider);
      }
    }));
    return providers;
  }

  private static HistoricProcessInstanceQuery onboardings(ProcessEngine engine) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("resource-onboarding");
  }

  private ConfigurableApplicationContext startHub() {
    return new SpringApplicationBuilder(HubApplication.class)
        .properties("server.port=0", "hub.data-dir=" + dataDir, "logging.file.name=")
        .run();
  }

  private static int port(ConfigurableApplicationContext context) {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  private static Task reviewTask(ProcessEngine engine, String instanceId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instanceId)
        .taskDefinitionKey("reviewGreeting").singleResult();
  }
}
