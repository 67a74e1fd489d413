package io.computility.hub.camel.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.computility.hub.camel.resource.Product;
import io.computility.hub.camel.resource.ProductState;
import io.computility.hub.camel.resource.ResourceInventory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.history.HistoricActivityInstance;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;

/** The {@code resource-retirement} process from {@code processes/resource-retirement.bpmn}. */
@OnboardingProcessTest
class ResourceRetirementProcessTest {

  static final Duration TIMEOUT = Duration.ofSeconds(60);

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired ResourceInventory inventory;
  @Autowired CamelContext camel;

  @Test
  void retiresTheProductsOfAnOnboardedProviderAndStopsItsSync() {
    // Given an onboarded provider with products on sale and its inventory pulled on schedule
    String providerId = "sim-nm-metal";
    ProcessInstance onboarding = await().atMost(TIMEOUT).until(() -> runtime.createProcessInstanceQuery()
        .processDefinitionKey("resource-onboarding").processInstanceBusinessKey(providerId).singleResult(),
        instance -> instance != null);
    Task approval = await().atMost(TIMEOUT).until(() -> tasks.createTaskQuery()
        .processInstanceId(onboarding.getId()).taskDefinitionKey("approveOnboarding").singleResult(),
        task -> task != null);
    tasks.complete(approval.getId(), Map.of("approved", true));
    await().atMost(TIMEOUT).until(() -> camel.getRoute(providerId + "-poll") != null);
    assertThat(productsOf(providerId)).extracting(Product::state).contains(ProductState.LISTED);

    // When it retires
    ProcessInstance retirement = runtime.startProcessInstanceByKey("resource-retirement", providerId,
        Map.of("providerId", providerId));

    // Then its products are delisted, then retired for good, and the hub no longer pulls from it
    await().atMost(TIMEOUT).until(() -> runtime.createProcessInstanceQuery()
        .processInstanceId(retirement.getId()).count() == 0);
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(retirement.getId())
        .orderPartiallyByOccurrence().asc().list()).extracting(HistoricActivityInstance::getActivityId)
        .containsExactly("retirementRequested", "delistProducts", "stopProviderSync", "retireProducts",
            "providerRetired");
    assertThat(productsOf(providerId)).isNotEmpty().extracting(Product::state).containsOnly(ProductState.RETIRED);
    assertThat(productsOf(providerId)).extracting(Product::lastState).containsOnly(ProductState.DELISTED);
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(retirement.getId())
        .variableName("retiredProducts").singleResult().getValue()).isEqualTo(productsOf(providerId).size());
    assertThat(camel.getRoute(providerId + "-poll")).isNull();
  }

  private List<Product> productsOf(String providerId) {
    return inventory.products(providerId);
  }
}
