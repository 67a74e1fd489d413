package io.computility.hub.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.task.Task;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded default (H2 file database, no profile) keeps its state across a restart: deployed processes are not
 * deployed twice, a waiting process instance goes on where it stopped, and tokens issued before still work.
 */
class EmbeddedDefaultRestartTest {

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
    }

    try (ConfigurableApplicationContext second = startHub()) {
      ProcessEngine engine = second.getBean(ProcessEngine.class);
      assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
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
