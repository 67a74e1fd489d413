package io.computility.hub.camel.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.computility.hub.camel.resource.AdmissionStatus;
import io.computility.hub.camel.resource.Health;
import io.computility.hub.camel.resource.Product;
import io.computility.hub.camel.resource.Provider;
import io.computility.hub.camel.resource.ProviderKind;
import io.computility.hub.camel.resource.ProviderSource;
import io.computility.hub.camel.resource.ResourceInventory;
import io.computility.hub.camel.resource.ResourceInventory.AdmissionChange;
import io.computility.hub.camel.resource.ResourcePool;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.history.HistoricActivityInstance;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The {@code resource-onboarding} process from {@code processes/resource-onboarding.bpmn}, served by the resource
 * layer's workers against the simulated providers, which the hub started onboarding when it became ready.
 */
@OnboardingProcessTest
class ResourceOnboardingProcessTest {

  static final Duration TIMEOUT = Duration.ofSeconds(60);

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired ResourceInventory inventory;
  @Autowired CamelContext camel;

  @ParameterizedTest(name = "{1} provider {0}")
  @CsvSource({"sim-bj-cloud, CLOUD", "sim-sh-metal, BARE_METAL", "sim-sz-k8s, CLOUD_NATIVE",
      "sim-cd-hpc, SUPERCOMPUTING", "sim-carrier, NETWORK"})
  void onboardsASimulatedProviderOfEachKindOnAnOperatorsApproval(String providerId, ProviderKind kind) {
    // Given a simulated provider registered pending, its onboarding started by the hub
    assertThat(inventory.provider(providerId)).get().extracting(Provider::kind, Provider::source)
        .containsExactly(kind, ProviderSource.SIMULATED);
    ProcessInstance onboarding = onboardingOf(providerId);

    // When its credentials and resources have been checked
    Task approval = awaitApproval(onboarding);

    // Then an operator is asked to approve, with the measured figures, and nothing is on sale or synced yet
    assertThat(tasks.createTaskQuery().taskId(approval.getId()).taskCandidateGroup("OPERATOR").count()).isOne();
    Map<String, Object> figures = runtime.getVariables(onboarding.getId());
    assertThat(figures).containsEntry("credentialsValid", true).containsKeys("admissionClasses",
        "connectionMethods", "fp64Tflops", "fp16Tflops", "int8Tops", "cpuCores", "memoryGib", "storageTb",
        "networkGbps");
    assertThat((Integer) figures.get("admittedPools")).isPositive();
    assertThat(inventory.provider(providerId).orElseThrow().admissionStatus()).isEqualTo(AdmissionStatus.PENDING);
    assertThat(listedProductsOf(providerId)).isEmpty();
    assertThat(camel.getRoute(providerId + "-poll")).isNull();

    // When the operator approves through the engine's task API
    tasks.complete(approval.getId(), Map.of("approved", true, "approvalComment", "figures confirmed"));

    // Then the provider is admitted, its products are listed in the catalogue, its pools tagged, its sync runs
    awaitEnded(onboarding);
    assertThat(passedActivities(onboarding)).containsSubsequence("providerRegistered", "checkCredentials",
        "measureResources", "approveOnboarding", "admitProvider", "listProducts", "generateResourceTags",
        "startProviderSync", "providerOnboarded");
    assertThat(inventory.provider(providerId).orElseThrow().admissionStatus()).isEqualTo(AdmissionStatus.ADMITTED);
    assertThat(listedProductsOf(providerId)).isNotEmpty();
    assertThat(inventory.pools()).filteredOn(pool -> pool.providerId().equals(providerId))
        .filteredOn(pool -> pool.admissionClass() != null).isNotEmpty()
        .allSatisfy(pool -> assertThat(pool.tags()).anyMatch(tag -> tag.startsWith("type:"))
            .anyMatch(tag -> tag.startsWith("region:")).anyMatch(tag -> tag.startsWith("capability:")));
    assertThat(camel.getRoute(providerId + "-poll")).isNotNull();
  }

  @Test
  void aRejectedProviderIsToldAndOnboardedWhenItResubmits() {
    // Given a simulated provider whose onboarding waits for approval
    String providerId = "sim-gz-cloud";
    ProcessInstance onboarding = onboardingOf(providerId);
    Task approval = awaitApproval(onboarding);

    // When the operator rejects it
    tasks.complete(approval.getId(), Map.of("approved", false, "approvalComment", "PUE certificate missing"));

    // Then the provider is told (REJECTED, with the reason) and the process waits for a re-submission
    await().atMost(TIMEOUT).until(() -> awaitsResubmission(onboarding));
    assertThat(inventory.provider(providerId).orElseThrow().admissionStatus()).isEqualTo(AdmissionStatus.REJECTED);
    assertThat(runtime.getVariable(onboarding.getId(), "rejectionReason")).isEqualTo("PUE certificate missing");
    assertThat(listedProductsOf(providerId)).isEmpty();

    // When the provider re-submits and the operator approves
    runtime.createMessageCorrelation("providerResubmitted").processInstanceBusinessKey(providerId).correlate();
    tasks.complete(awaitApproval(onboarding).getId(), Map.of("approved", true));

    // Then it is onboarded after a second round of checks
    awaitEnded(onboarding);
    assertThat(passedActivities(onboarding)).containsSubsequence("approveOnboarding", "rejectProvider",
        "providerResubmitted", "checkCredentials", "measureResources", "approveOnboarding", "admitProvider",
        "providerOnboarded");
    assertThat(inventory.admissionHistory(providerId)).extracting(AdmissionChange::status)
        .containsSubsequence(AdmissionStatus.PENDING, AdmissionStatus.REJECTED, AdmissionStatus.ADMITTED);
    assertThat(listedProductsOf(providerId)).isNotEmpty();
  }

  @Test
  void aProviderTheHubCannotPullFromIsRejectedWithTheReason() {
    // Given a partner that registered itself without an API the hub could check
    String providerId = "partner-push-only";
    inventory.saveProvider(new Provider(providerId, "推送式合作平台", "Push Partner Co.", ProviderKind.CLOUD, "320000",
        null, null, AdmissionStatus.PENDING, ProviderSource.PARTNER, Health.UNKNOWN, new BigDecimal("1.3"),
        BigDecimal.ZERO, null));

    // When its onboarding starts
    ProcessInstance onboarding = runtime.startProcessInstanceByKey("resource-onboarding", providerId,
        Map.of("providerId", providerId, "autoApprove", false));

    // Then the credential check's NO_ADAPTER error rejects it with the reason, without asking an operator
    await().atMost(TIMEOUT).until(() -> awaitsResubmission(onboarding));
    assertThat(passedActivities(onboarding)).containsSubsequence("checkCredentials", "noAdapter",
        "admissionRefused", "rejectProvider").doesNotContain("measureResources", "approveOnboarding");
    assertThat(runtime.getVariable(onboarding.getId(), "rejectionCode")).isEqualTo("NO_ADAPTER");
    assertThat((String) runtime.getVariable(onboarding.getId(), "rejectionReason")).contains(providerId);
    assertThat(inventory.provider(providerId).orElseThrow().admissionStatus()).isEqualTo(AdmissionStatus.REJECTED);
    runtime.deleteProcessInstance(onboarding.getId(), "test over");
  }

  private ProcessInstance onboardingOf(String providerId) {
    return await().atMost(TIMEOUT).until(() -> runtime.createProcessInstanceQuery()
        .processDefinitionKey("resource-onboarding").processInstanceBusinessKey(providerId).singleResult(),
        instance -> instance != null);
  }

  private Task awaitApproval(ProcessInstance onboarding) {
    return await().atMost(TIMEOUT).until(() -> tasks.createTaskQuery().processInstanceId(onboarding.getId())
        .taskDefinitionKey("approveOnboarding").singleResult(), task -> task != null);
  }

  private boolean awaitsResubmission(ProcessInstance onboarding) {
    return runtime.createEventSubscriptionQuery().processInstanceId(onboarding.getId())
        .eventName("providerResubmitted").count() == 1;
  }

  private void awaitEnded(ProcessInstance onboarding) {
    await().atMost(TIMEOUT).until(() -> runtime.createProcessInstanceQuery().processInstanceId(onboarding.getId())
        .count() == 0);
  }

  private List<Product> listedProductsOf(String providerId) {
    List<String> pools = inventory.pools().stream().filter(pool -> pool.providerId().equals(providerId))
        .map(ResourcePool::id).toList();
    return inventory.listedProducts().stream().filter(product -> pools.contains(product.poolId())).toList();
  }

  private List<String> passedActivities(ProcessInstance onboarding) {
    return history.createHistoricActivityInstanceQuery().processInstanceId(onboarding.getId())
        .orderPartiallyByOccurrence().asc().list().stream().map(HistoricActivityInstance::getActivityId).toList();
  }
}
