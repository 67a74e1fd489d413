package io.computility.hub.workers.placement;

import static io.computility.hub.workers.placement.TestPools.demand;
import static io.computility.hub.workers.placement.TestPools.gpu;
import static io.computility.hub.workers.placement.TestPools.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlacementFiltersTest {

  @Test
  void kindFilterRejectsOtherKinds() {
    PlacementContext ctx = demand(1).context();
    assertThat(new KindFilter().test(ctx, gpu("a"))).isNull();
    Rejection rejection = new KindFilter().test(ctx, TestPools.kind(gpu("a"), ResourceKind.STORAGE));
    assertThat(rejection.messageKey()).isEqualTo("placement.filter.kind.mismatch");
    assertThat(rejection.args()).containsExactly(ResourceKind.STORAGE, ResourceKind.INTELLIGENT_GPU);
  }

  @Test
  void capacityFilterNeedsTheWholeQuantity() {
    PlacementContext ctx = demand(8).context();
    assertThat(new CapacityFilter().test(ctx, with(gpu("a"), "110000", 8, 1000))).isNull();
    Rejection rejection = new CapacityFilter().test(ctx, with(gpu("a"), "110000", 7, 1000));
    assertThat(rejection.messageKey()).isEqualTo("placement.filter.capacity.insufficient");
    assertThat(rejection.args()).containsExactly(7L, 8L, "GPU");
  }

  @Test
  void healthFilterRejectsDownAndDegradedUnlessAllowed() {
    PlacementContext strict = demand(1).context();
    assertThat(new HealthFilter().test(strict, gpu("a"))).isNull();
    assertThat(new HealthFilter().test(strict, gpu("a").withHealth(PoolHealth.DOWN)).messageKey())
        .isEqualTo("placement.filter.health.down");
    assertThat(new HealthFilter().test(strict, gpu("a").withHealth(PoolHealth.DEGRADED)).messageKey())
        .isEqualTo("placement.filter.health.degraded");

    PlacementPolicy lenient = new PlacementPolicy("lenient", 1, null, null, List.of(), Map.of("price", 1.0),
        Map.of(HealthFilter.ALLOW_DEGRADED, 1.0), null);
    assertThat(new HealthFilter().test(demand(1).context(lenient), gpu("a").withHealth(PoolHealth.DEGRADED)))
        .isNull();
    assertThat(new HealthFilter().test(demand(1).context(lenient), gpu("a").withHealth(PoolHealth.DOWN)))
        .isNotNull();
  }

  @Test
  void admissionFilterNeedsAClassAtLeastTheServiceLevel() {
    PlacementContext critical = demand(1).level(ServiceLevel.CRITICAL).context();
    CandidatePool standard = TestPools.admitted(gpu("a"), ServiceLevel.STANDARD, 0.99);
    assertThat(new AdmissionFilter().test(critical, standard).args())
        .containsExactly(ServiceLevel.STANDARD, ServiceLevel.CRITICAL);
    assertThat(new AdmissionFilter().test(demand(1).level(ServiceLevel.STANDARD).context(), standard)).isNull();
    assertThat(new AdmissionFilter().test(demand(1).context(), standard)).isNull();
  }

  @Test
  void regionFilterEnforcesResidencyByProvinceAndCity() {
    PlacementContext guangdongOnly = demand(1).allowed("440000").context();
    assertThat(new RegionFilter().test(guangdongOnly, with(gpu("a"), "440300", 100, 1000))).isNull();
    assertThat(new RegionFilter().test(guangdongOnly, with(gpu("a"), "440000", 100, 1000))).isNull();
    Rejection rejection = new RegionFilter().test(guangdongOnly, with(gpu("a"), "520000", 100, 1000));
    assertThat(rejection.messageKey()).isEqualTo("placement.filter.region.outside");
    assertThat(rejection.args()).containsExactly("520000");
    assertThat(new RegionFilter().test(demand(1).context(), with(gpu("a"), "520000", 100, 1000))).isNull();
    assertThat(new RegionFilter().test(demand(1).allowed("440300").context(), with(gpu("a"), "440100", 9, 9)))
        .isNotNull();
  }

  @Test
  void budgetFilterComparesTheEstimatedCost() {
    // 4 GPUs x 90 min x 1,000 fen/h = 6,000 fen
    CandidatePool pool = gpu("a");
    assertThat(new BudgetFilter().test(demand(4).minutes(90).budget(6_000).context(), pool)).isNull();
    Rejection rejection = new BudgetFilter().test(demand(4).minutes(90).budget(5_999).context(), pool);
    assertThat(rejection.messageKey()).isEqualTo("placement.filter.budget.exceeded");
    assertThat(rejection.args()).containsExactly(6_000L, 5_999L);
    assertThat(new BudgetFilter().test(demand(4).minutes(90).context(), pool)).isNull();
  }

  @Test
  void latencyFilterAppliesTheCapFromTheUserRegion() {
    CandidatePool beijing = gpu("a");
    CandidatePool guizhou = with(gpu("b"), "520000", 100, 1000);
    PlacementContext ctx = demand(1).from("110000", 10).context();
    assertThat(new LatencyFilter().test(ctx, beijing)).isNull();
    Rejection rejection = new LatencyFilter().test(ctx, guizhou);
    assertThat(rejection.messageKey()).isEqualTo("placement.filter.latency.exceeded");
    assertThat((Integer) rejection.args().get(0)).isGreaterThan(10);
    assertThat(new LatencyFilter().test(demand(1).from("110000", 0).context(), guizhou)).isNull();
    assertThat(new LatencyFilter().test(ctx, with(gpu("c"), "990000", 100, 1000)).messageKey())
        .isEqualTo("placement.filter.latency.unknown");
  }
}
