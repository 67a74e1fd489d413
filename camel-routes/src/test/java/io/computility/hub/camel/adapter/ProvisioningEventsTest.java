package io.computility.hub.camel.adapter;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.computility.hub.camel.RemoteProviderStubs;
import io.computility.hub.camel.onboarding.OnboardingProcessTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * {@code ProvisioningReported} reaches the process instance waiting on the allocation, on the real engine, whether
 * the hub learns the outcome from a partner's callback or from polling the provider (a stubbed cloud API).
 */
@OnboardingProcessTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvisioningEventsTest {

  private static final String PROCESS = "provisioning-report-wait";
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final WireMockServer wireMock = RemoteProviderStubs.server();

  @Autowired RuntimeService runtime;
  @Autowired RepositoryService repository;
  @Autowired ProviderGateway gateway;
  @Autowired TestRestTemplate http;

  @BeforeAll
  void deployTheWaitingModel() {
    repository.createDeployment().name(PROCESS).enableDuplicateFiltering(true)
        .addClasspathResource("bpmn/provisioning-report-wait.bpmn").deploy();
  }

  @AfterEach
  void cleanUp() {
    runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).list()
        .forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "test over"));
  }

  @Test
  void aPartnersCallbackReachesOnlyTheInstanceWaitingOnThatAllocation() {
    Allocation allocation = provisionBuildingServer();
    Allocation other = provisionBuildingServer();
    ProcessInstance waiting = awaitReport(allocation);
    ProcessInstance unrelated = awaitReport(other);

    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    assertThat(http.postForEntity("/api/v1/partner/providers/wm-cloud/allocations/" + allocation.externalId()
        + "/events", new HttpEntity<>("{\"state\": \"ACTIVE\", \"detail\": \"booted\"}", headers), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);

    await().atMost(TIMEOUT).until(() -> isAt(waiting, "inspectReport"));
    assertThat(runtime.getVariables(waiting.getId())).containsEntry("provisioningState", "ACTIVE")
        .containsEntry("provisioningDetail", "booted");
    assertThat(isAt(unrelated, "awaitProvisioningReport")).isTrue();
  }

  @Test
  void aPolledFailureReachesTheWaitingInstance() {
    Allocation allocation = provisionBuildingServer();
    ProcessInstance waiting = awaitReport(allocation);
    wireMock.stubFor(get(urlEqualTo("/wm-cloud/v2.1/servers/" + allocation.externalId())).willReturn(okJson(
        "{\"server\": {\"id\": \"" + allocation.externalId() + "\", \"status\": \"ERROR\","
            + " \"fault\": {\"message\": \"No valid host was found\"}}}")));

    assertThat(gateway.status("wm-cloud", allocation.id()).state()).isEqualTo(AllocationState.FAILED);

    await().atMost(TIMEOUT).until(() -> isAt(waiting, "inspectReport"));
    assertThat(runtime.getVariables(waiting.getId())).containsEntry("provisioningState", "FAILED")
        .containsEntry("provisioningDetail", "ERROR: No valid host was found");
  }

  @Test
  void aReportWithNoInstanceWaitingIsStoredAllTheSame() {
    Allocation allocation = provisionBuildingServer();
    wireMock.stubFor(get(urlEqualTo("/wm-cloud/v2.1/servers/" + allocation.externalId())).willReturn(okJson(
        "{\"server\": {\"id\": \"" + allocation.externalId() + "\", \"status\": \"ACTIVE\"}}")));

    assertThat(gateway.status("wm-cloud", allocation.id()).state()).isEqualTo(AllocationState.ACTIVE);
  }

  private Allocation provisionBuildingServer() {
    String server = "srv-" + UUID.randomUUID();
    wireMock.stubFor(post(urlEqualTo("/wm-cloud/v2.1/servers")).willReturn(aResponse().withStatus(202)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"server\": {\"id\": \"" + server + "\", \"status\": \"BUILD\"}}")));
    Allocation allocation = gateway.provision(new ProvisionRequest("wm-cloud", "g8.a800", 1,
        "ord-" + UUID.randomUUID()));
    assertThat(allocation.state()).isEqualTo(AllocationState.PENDING);
    return allocation;
  }

  private ProcessInstance awaitReport(Allocation allocation) {
    ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS, Map.of("allocationId", allocation.id()));
    assertThat(isAt(instance, "awaitProvisioningReport")).isTrue();
    return instance;
  }

  private boolean isAt(ProcessInstance instance, String activityId) {
    return runtime.getActiveActivityIds(instance.getId()).contains(activityId);
  }
}
