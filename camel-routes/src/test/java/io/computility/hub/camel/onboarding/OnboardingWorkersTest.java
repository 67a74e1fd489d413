package io.computility.hub.camel.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.computility.hub.camel.adapter.Allocation;
import io.computility.hub.camel.adapter.ProviderCallException;
import io.computility.hub.camel.adapter.ProviderGateway;
import io.computility.hub.camel.adapter.ProvisionRequest;
import io.computility.hub.camel.adapter.UsageReport;
import io.computility.hub.camel.resource.ConnectionMethod;
import io.computility.hub.camel.resource.Health;
import io.computility.hub.camel.resource.ResourceInventory;
import io.computility.hub.camel.resource.ResourceKind;
import io.computility.hub.camel.resource.ResourcePool;
import io.computility.hub.camel.resource.UnifiedCapacity;
import io.computility.hub.camel.resource.UnknownProviderException;
import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class OnboardingWorkersTest {

  private static final UnifiedCapacity A800 = new UnifiedCapacity(new BigDecimal("19.5"), new BigDecimal("19.5"),
      new BigDecimal("312"), new BigDecimal("624"), BigDecimal.ZERO, new BigDecimal("80"), BigDecimal.ZERO,
      BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

  private static WorkItem task(String providerId) {
    return new WorkItem("t1", "p1", providerId, "measureResources", 3, Map.of("providerId", providerId));
  }

  private static ResourcePool pool(String providerId, String admissionClass, int units) {
    return new ResourcePool(providerId + ":x" + units, providerId, "x" + units, ResourceKind.INTELLIGENT, "110000",
        null, "A800-80G", admissionClass, admissionClass == null ? null : ConnectionMethod.BARE_METAL_API, units,
        units, A800, 1200, "CNY", Health.UP, List.of(), Instant.EPOCH);
  }

  @Test
  void measuresAdmittedPoolsForTheApprovalForm() {
    ResourceInventory inventory = mock(ResourceInventory.class);
    when(inventory.pools()).thenReturn(List.of(pool("p", "INTELLIGENT_CLUSTER", 8), pool("p", null, 1),
        pool("other", "INTELLIGENT_CLUSTER", 100)));

    WorkResult result = new MeasureResourcesWorker(inventory).work(task("p"));

    assertThat(result).isInstanceOfSatisfying(WorkResult.Completed.class, done -> assertThat(done.variables())
        .containsEntry("poolCount", 2).containsEntry("admittedPools", 1)
        .containsEntry("admissionClasses", "INTELLIGENT_CLUSTER").containsEntry("connectionMethods", "BARE_METAL_API")
        .containsEntry("fp16Tflops", "2496"));
  }

  @Test
  void refusesAProviderWithoutAdmissiblePools() {
    ResourceInventory inventory = mock(ResourceInventory.class);
    when(inventory.pools()).thenReturn(List.of(pool("p", null, 1)));

    assertThat(new MeasureResourcesWorker(inventory).work(task("p")))
        .isInstanceOfSatisfying(WorkResult.BpmnError.class, error -> assertThat(error.code())
            .isEqualTo("NOT_ADMISSIBLE"));
  }

  @Test
  void checksCredentialsWithAnAuthenticatedPull() {
    assertThat(check(() -> List.of(pool("p", "INTELLIGENT_CLUSTER", 8))))
        .isInstanceOfSatisfying(WorkResult.Completed.class, done -> assertThat(done.variables())
            .containsEntry("credentialsValid", true).containsEntry("poolCount", 1));
    assertThat(check(() -> {
      throw new ProviderCallException("p", false, 401, "Provider p answered 401", null);
    })).isInstanceOfSatisfying(WorkResult.BpmnError.class, error -> assertThat(error.code())
        .isEqualTo("CREDENTIALS_REJECTED"));
    assertThat(check(() -> {
      throw new ProviderCallException("p", true, "Circuit of provider p is open", null);
    })).isInstanceOf(WorkResult.Failed.class);
    assertThat(check(() -> {
      throw new UnknownProviderException("p");
    })).isInstanceOfSatisfying(WorkResult.BpmnError.class, error -> assertThat(error.code())
        .isEqualTo("NO_ADAPTER"));
  }

  private static WorkResult check(Supplier<List<ResourcePool>> inventory) {
    ProviderGateway gateway = new ProviderGateway() {
      @Override
      public List<ResourcePool> syncInventory(String providerId) {
        return inventory.get();
      }

      @Override
      public Allocation provision(ProvisionRequest request) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Allocation release(String providerId, String allocationId) {
        throw new UnsupportedOperationException();
      }

      @Override
      public UsageReport readUsage(String providerId, String allocationId) {
        throw new UnsupportedOperationException();
      }
    };
    return new CheckProviderCredentialsWorker(gateway).work(task("p"));
  }
}
