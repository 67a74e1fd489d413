package io.computility.hub.camel.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.computility.hub.camel.onboarding.OnboardingProcessTest;
import io.computility.hub.camel.resource.AdmissionStatus;
import io.computility.hub.camel.resource.ResourceInventory;
import io.computility.hub.workers.placement.CandidatePool;
import io.computility.hub.workers.placement.CapacityReservations;
import io.computility.hub.workers.placement.PoolDirectory;
import io.computility.hub.workers.placement.PoolHealth;
import io.computility.hub.workers.placement.ResourceKind;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pool directory and the capacity placement reserves against, once a simulated provider has been onboarded
 * through {@code resource-onboarding} with the whole hub's engine and the scheduling layer present.
 */
@OnboardingProcessTest
class PoolDirectoryOnboardingTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final String PROVIDER = "sim-gs-k8s";
  private static final String POOL = PROVIDER + ":kunlun-r200";

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ResourceInventory inventory;
  @Autowired PoolDirectory directory;
  @Autowired CapacityReservations reservations;

  @Test
  void listsAnOnboardedProvidersPoolsAndRegistersTheirCapacityForReservation() {
    // Given a simulated provider pending onboarding (unless a kept database onboarded it in an earlier run)
    if (inventory.provider(PROVIDER).orElseThrow().admissionStatus() == AdmissionStatus.PENDING) {
      // none of its pools is offered yet
      assertThat(poolsOf(ResourceKind.INTELLIGENT_GPU)).isEmpty();

      // When an operator approves its onboarding
      approveOnboarding();
    }

    // Then its pools are offered in its own units, and their totals registered for reservation
    CandidatePool kunlun = await().atMost(TIMEOUT).until(() -> poolsOf(ResourceKind.INTELLIGENT_GPU).stream()
        .filter(pool -> pool.poolId().equals(POOL)).findFirst(), Optional::isPresent).orElseThrow();
    assertThat(kunlun.unit()).isEqualTo("accelerator");
    assertThat(kunlun.totalUnits()).isEqualTo(32);
    assertThat(kunlun.unitPriceFen()).isEqualTo(300);
    assertThat(kunlun.pue()).isEqualTo(1.17);
    assertThat(kunlun.greenShare()).isEqualTo(0.65);
    assertThat(kunlun.regionCode()).isEqualTo("620000");
    assertThat(kunlun.health()).isEqualTo(PoolHealth.UP);
    assertThat(poolsOf(ResourceKind.INTELLIGENT_GPU)).hasSize(2);
    assertThat(reservations.available(POOL)).isEqualTo(32);

    // When the hub reserves units it has not provisioned yet, they are no longer offered
    String demand = "demand-" + UUID.randomUUID();
    assertThat(reservations.reserve(demand, POOL, 30, null, null, null))
        .isEqualTo(CapacityReservations.Outcome.RESERVED);
    try {
      await().atMost(TIMEOUT).until(() -> remaining() == Math.min(inventory.pool(POOL).orElseThrow()
          .remainingUnits(), 2));
    } finally {
      reservations.release(demand, "test over");
    }
  }

  private long remaining() {
    return poolsOf(ResourceKind.INTELLIGENT_GPU).stream().filter(pool -> pool.poolId().equals(POOL)).findFirst()
        .orElseThrow().remainingUnits();
  }

  private void approveOnboarding() {
    ProcessInstance onboarding = await().atMost(TIMEOUT).until(() -> runtime.createProcessInstanceQuery()
        .processDefinitionKey("resource-onboarding").processInstanceBusinessKey(PROVIDER).singleResult(),
        instance -> instance != null);
    Task approval = await().atMost(TIMEOUT).until(() -> tasks.createTaskQuery().processInstanceId(onboarding.getId())
        .taskDefinitionKey("approveOnboarding").singleResult(), task -> task != null);
    tasks.complete(approval.getId(), Map.of("approved", true));
  }

  private List<CandidatePool> poolsOf(ResourceKind kind) {
    return directory.pools(kind).stream().filter(pool -> pool.providerId().equals(PROVIDER)).toList();
  }
}
