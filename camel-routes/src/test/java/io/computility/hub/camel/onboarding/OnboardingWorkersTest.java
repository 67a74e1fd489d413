package io.computility.hub.camel.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.computility.hub.camel.adapter.Allocation;
import io.computility.hub.camel.adapter.ProviderCallException;
import io.computility.hub.camel.adapter.ProviderGateway;
import io.computility.hub.camel.adapter.ProvisionRequest;
import io.computility.hub.camel.adapter.UsageReport;
import io.computility.hub.camel.resource.AdmissionStatus;
import io.computility.hub.camel.resource.ConnectionMethod;
import io.computility.hub.camel.resource.Health;
import io.computility.hub.camel.resource.Product;
import io.computility.hub.camel.resource.ProductState;
import io.computility.hub.camel.resource.Provider;
import io.computility.hub.camel.resource.ProviderKind;
import io.computility.hub.camel.resource.ProviderSource;
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
import java.util.Optional;
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

  @Test
  void decidesAdmissionOnceSoThatARetryAddsNoSecondDecision() {
    ResourceInventory inventory = mock(ResourceInventory.class);
    when(inventory.provider("p")).thenReturn(Optional.of(provider(AdmissionStatus.PENDING)),
        Optional.of(provider(AdmissionStatus.ADMITTED)));
    AdmitProviderWorker admit = new AdmitProviderWorker(new AdmissionDecisions(inventory));

    admit.work(task("p"));
    assertThat(admit.work(task("p"))).isInstanceOfSatisfying(WorkResult.Completed.class,
        done -> assertThat(done.variables()).containsEntry("admissionStatus", "ADMITTED"));

    verify(inventory, times(1)).changeAdmission("p", AdmissionStatus.ADMITTED);
  }

  @Test
  void rejectsWithTheFailedChecksReasonOrTheOperatorsComment() {
    ResourceInventory inventory = mock(ResourceInventory.class);
    when(inventory.provider("p")).thenReturn(Optional.of(provider(AdmissionStatus.PENDING)));
    RejectProviderWorker reject = new RejectProviderWorker(new AdmissionDecisions(inventory));

    WorkResult byOperator = reject.work(new WorkItem("t1", "p1", "p", "rejectProvider", 3,
        Map.of("providerId", "p", "approvalComment", "PUE certificate missing")));
    WorkResult byCheck = reject.work(new WorkItem("t2", "p1", "p", "rejectProvider", 3,
        Map.of("providerId", "p", "rejectionReason", "Provider p answered 401", "approvalComment", "old")));

    assertThat(byOperator).isInstanceOfSatisfying(WorkResult.Completed.class, done -> assertThat(done.variables())
        .containsEntry("admissionStatus", "REJECTED").containsEntry("rejectionReason", "PUE certificate missing"));
    assertThat(byCheck).isInstanceOfSatisfying(WorkResult.Completed.class, done -> assertThat(done.variables())
        .containsEntry("rejectionReason", "Provider p answered 401"));
  }

  @Test
  void listsDraftProductsAndDelistsListedOnes() {
    ResourceInventory inventory = mock(ResourceInventory.class);
    Product listed = new Product("prd:p:x8", "p:x8", "A800-80G", "A800-80G", 1200, "CNY", ProductState.LISTED,
        ProductState.DRAFT, Instant.EPOCH);
    when(inventory.moveProductsOf("p", ProductState.DRAFT, ProductState.LISTED)).thenReturn(List.of(listed));
    when(inventory.moveProductsOf("p", ProductState.LISTED, ProductState.DELISTED)).thenReturn(List.of());

    assertThat(new ListProductsWorker(inventory).work(task("p"))).isInstanceOfSatisfying(WorkResult.Completed.class,
        done -> assertThat(done.variables()).containsEntry("listedProducts", 1));
    assertThat(new DelistProductsWorker(inventory).work(task("p"))).isInstanceOfSatisfying(
        WorkResult.Completed.class, done -> assertThat(done.variables()).containsEntry("delistedProducts", 0));
  }

  @Test
  void retiresDelistedProductsAndDraftsNeverListed() {
    ResourceInventory inventory = mock(ResourceInventory.class);
    Product retired = new Product("prd:p:x8", "p:x8", "A800-80G", "A800-80G", 1200, "CNY", ProductState.RETIRED,
        ProductState.DELISTED, Instant.EPOCH);
    when(inventory.moveProductsOf("p", ProductState.DRAFT, ProductState.RETIRED)).thenReturn(List.of(retired));
    when(inventory.moveProductsOf("p", ProductState.DELISTED, ProductState.RETIRED)).thenReturn(List.of(retired));

    assertThat(new RetireProductsWorker(inventory).work(task("p"))).isInstanceOfSatisfying(
        WorkResult.Completed.class, done -> assertThat(done.variables()).containsEntry("retiredProducts", 1));
    verify(inventory).moveProductsOf("p", ProductState.DRAFT, ProductState.RETIRED);
  }

  @Test
  void reportsEveryGeneratedTagOnce() {
    ResourceInventory inventory = mock(ResourceInventory.class);
    when(inventory.regenerateTags("p")).thenReturn(List.of(tagged("p:a", "type:intelligent", "region:110000"),
        tagged("p:b", "type:intelligent", "energy:green")));

    assertThat(new GenerateResourceTagsWorker(inventory).work(task("p"))).isInstanceOfSatisfying(
        WorkResult.Completed.class, done -> assertThat(done.variables())
            .containsEntry("resourceTags", "energy:green,region:110000,type:intelligent"));
  }

  private static Provider provider(AdmissionStatus status) {
    return new Provider("p", "P", "P Co.", ProviderKind.CLOUD, "110000", null, null, status, ProviderSource.PARTNER,
        Health.UNKNOWN, null, null, null);
  }

  private static ResourcePool tagged(String id, String... tags) {
    return new ResourcePool(id, "p", id, ResourceKind.INTELLIGENT, "110000", null, "A800-80G", "INTELLIGENT_CLUSTER",
        ConnectionMethod.BARE_METAL_API, 1, 1, A800, 1200, "CNY", Health.UP, List.of(tags), Instant.EPOCH);
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
      public Allocation status(String providerId, String allocationId) {
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
