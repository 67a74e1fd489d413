package io.computility.hub.workers.process;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.computility.hub.workers.WorkersTestApplication;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The default engine: {@link ProcessCommands} drive the embedded Operaton engine, and no Camunda 8 bean exists,
 * so a cluster address left in the configuration is never called.
 */
@SpringBootTest(classes = WorkersTestApplication.class)
class OperatonProcessCommandsTest {

  // Where a Camunda 8 cluster would be: configured, but hub.engine is left at its default.
  private static final WireMockServer WOULD_BE_CLUSTER = new WireMockServer(options().dynamicPort());

  static {
    WOULD_BE_CLUSTER.start();
  }

  @DynamicPropertySource
  static void wouldBeCluster(DynamicPropertyRegistry registry) {
    registry.add("hub.camunda8.rest-address", WOULD_BE_CLUSTER::baseUrl);
  }

  @Autowired ApplicationContext context;
  @Autowired ProcessCommands processes;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;

  private String deploymentId;

  @BeforeEach
  void deploy() {
    deploymentId = repository.createDeployment().addModelInstance("commanded.bpmn",
        Bpmn.createExecutableProcess("commanded")
            .operatonHistoryTimeToLive(1)
            .startEvent("start")
            .receiveTask("awaitConfirmation").message("OfferConfirmed")
            .receiveTask("awaitProvisioning").message("ProvisioningReported")
            .userTask("review")
            .endEvent("end")
            .done()).deploy().getId();
  }

  @AfterEach
  void undeploy() {
    repository.deleteDeployment(deploymentId, true);
  }

  @Test
  void startsCorrelatesAndCompletesOnTheEmbeddedEngine() {
    String demandId = "d-" + UUID.randomUUID();

    String instanceId = processes.start("commanded", demandId, Map.of("allocationId", demandId + "-a"));
    assertThat(processes.runningInstance("commanded", demandId)).contains(instanceId);

    processes.correlate("OfferConfirmed", demandId, Map.of("confirmedPoolId", "pool-1"));
    processes.correlateByVariable("ProvisioningReported", "allocationId", demandId + "-a",
        Map.of("provisioningState", "ACTIVE"));
    ProcessCommands.WaitingTask review = processes.waitingUserTask("commanded", demandId, "review").orElseThrow();
    assertThat(review.processInstanceId()).isEqualTo(instanceId);
    assertThat(processes.waitingUserTasks("commanded", List.of(demandId, "d-nobody"), "review"))
        .containsExactly(Map.entry(demandId, review));
    assertThat(runtime.getVariables(instanceId))
        .containsEntry("confirmedPoolId", "pool-1").containsEntry("provisioningState", "ACTIVE");

    processes.completeUserTask(review, Map.of("approved", true));

    assertThat(processes.runningInstance("commanded", demandId)).isEmpty();
    assertThat(processes.waitingUserTask("commanded", demandId, "review")).isEmpty();
  }

  @Test
  void aMessageNobodyWaitsForIsReported() {
    assertThatThrownBy(() -> processes.correlate("OfferConfirmed", "d-nobody", Map.of()))
        .isInstanceOf(ProcessCommands.NotCorrelatedException.class);
  }

  @Test
  void noCamunda8BeanExistsAndTheClusterAddressIsNeverCalled() {
    assertThat(context.getBeanNamesForType(io.camunda.client.CamundaClient.class)).isEmpty();
    assertThat(context.containsBean("workerRuntime")).isTrue();

    // Polling would start at once and repeat every 100 ms: a quiet second says nothing polls.
    await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2)).until(() ->
        WOULD_BE_CLUSTER.findAll(anyRequestedFor(anyUrl())).isEmpty());
  }
}
