package io.computility.hub.workers.placement;

import static io.computility.hub.workers.placement.TestPools.demand;
import static io.computility.hub.workers.placement.TestPools.gpu;
import static io.computility.hub.workers.placement.TestPools.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlacementFiltersTest {

  /** The filter's verdict as one value: {@code null} when it accepts, else its explanation. */
  private static Rejection verdict(PlacementFilter filter, PlacementContext context, CandidatePool pool) {
    return filter.accepts(context, pool) ? null : filter.explain(context, pool);
  }

  @Test
  void kindFilterRejectsOtherKinds() {
    PlacementContext ctx = demand(1).context();
    assertThat(verdict(new KindFilter(), ctx, gpu("a"))).isNull();
    Rejection rejection = verdict(new KindFilter(), ctx, TestPools.kind(gpu("a"), ResourceKind.STORAGE));
    assertThat(rejection.messageKey()).isEqualTo("placement.filter.kind.mismatch");
    assertThat(rejection.args()).containsExactly(ResourceKind.STORAGE, ResourceKind.INTELLIGENT_GPU);
  }

  @Test
  void capacityFilterNeedsTheWholeQuantity() {
    PlacementContext ctx = demand(8).context();
    assertThat(verdict(new CapacityFilter(), ctx, with(gpu("a"), "110000", 8, 1000))).isNull();
    Rejection rejection = verdict(new CapacityFilter(), ctx, with(gpu("a"), "110000", 7, 1000));
    assertThat(rejection.messageKey()).isEqualTo("placement.filter.capacity.insufficient");
    assertThat(rejection.args()).containsExactly(7L, 8L, "GPU");
  }

  @Test
  void healthFilterRejectsDownAndDegradedUnlessAllowed() {
    PlacementContext strict = demand(1).context();
    assertThat(verdict(new HealthFilter(), strict, gpu("a"))).isNull();
    assertThat(verdict(new HealthFilter(), strict, gpu("a").withHealth(PoolHealth.DOWN)).messageKey())
        .isEqualTo("placement.filter.health.down");
    assertThat(verdict(new HealthFilter(), strict, gpu("a").withHealth(PoolHealth.DEGRADED)).messageKey())
        .isEqualTo("placement.filter.health.degraded");

    PlacementPolicy lenient = new PlacementPolicy("lenient", 1, null, null, List.of(), Map.of("price", 1.0),
        Map.of(HealthFilter.ALLOW_DEGRADED, 1.0), null);
    assertThat(verdict(new HealthFilter(), demand(1).context(lenient), gpu("a").withHealth(PoolHealth.DEGRADED)))
        .isNull();
    assertThat(verdict(new HealthFilter(), demand(1).context(lenient), gpu("a").withHealth(PoolHealth.DOWN)))
        .isNotNull();
  }

  @Test
  void admissionFilterNeedsAClassAtLeastTheServiceLevel() {
    PlacementContext critical = demand(1).level(ServiceLevel.CRITICAL).context();
    CandidatePool standard = TestPools.admitted(gpu("a"), ServiceLevel.STANDARD, 0.99);
    assertThat(verdict(new AdmissionFilter(), critical, standard).args())
        .containsExactly(ServiceLevel.STANDARD, ServiceLevel.CRITICAL);
    assertThat(verdict(new AdmissionFilter(), demand(1).level(ServiceLevel.STANDARD).context(), standard)).isNull();
    assertThat(verdict(new AdmissionFilter(), demand(1).context(), standard)).isNull();
  }

  @Test
  void regionFilterEnforcesResidencyByProvinceAndCity() {
    PlacementContext guangdongOnly = demand(1).allowed("440000").context();
    assertThat(verdict(new RegionFilter(), guangdongOnly, with(gpu("a"), "440300", 100, 1000))).isNull();
    assertThat(verdict(new RegionFilter(), guangdongOnly, with(gpu("a"), "440000", 100, 1000))).isNull();
    Rejection rejection = verdict(new RegionFilter(), guangdongOnly, with(gpu("a"), "520000", 100, 1000));
    assertThat(rejection.messageKey()).isEqualTo("placement.filter.region.outside");
    assertThat(rejection.args()).containsExactly("520000");
    assertThat(verdict(new RegionFilter(), demand(1).context(), with(gpu("a"), "520000", 100, 1000))).isNull();
    assertThat(verdict(new RegionFilter(), demand(1).allowed("440300").context(), with(gpu("a"), "440100", 9, 9)))
        .isNotNull();
  }

  @Test
  void budgetFilterComparesTheEstimatedCost() {
    // 4 GPUs x 90 min x 1,000 fen/h = 6,000 fen
    CandidatePool pool = gpu("a");
    assertThat(verdict(new BudgetFilter(), demand(4).minutes(90).budget(6_000).context(), pool)).isNull();
    Rejection rejection = verdict(new BudgetFilter(), demand(4).minutes(90).budget(5_999).context(), pool);
    assertThat(rejection.messageKey()).isEqualTo("placement.filter.budget.exceeded");
    assertThat(rejection.args()).containsExactly(6_000L, 5_999L);
    assertThat(verdict(new BudgetFilter(), demand(4).minutes(90).context(), pool)).isNull();
  }

  @Test
  void filtersWithoutAConstraintToCheckAreSkipped() {
    PlacementContext unconstrained = demand(1).context();
    assertThat(new BudgetFilter().appliesTo(unconstrained)).isFalse();
    assertThat(new LatencyFilter().appliesTo(unconstrained)).isFalse();
    assertThat(new RegionFilter().appliesTo(unconstrained)).isFalse();
    assertThat(new CapacityFilter().appliesTo(unconstrained)).isTrue();
    PlacementContext constrained = demand(1).budget(5).from("110000", 20).allowed("110000").context();
    assertThat(new BudgetFilter().appliesTo(constrained)).isTrue();
    assertThat(new LatencyFilter().appliesTo(constrained)).isTrue();
    assertThat(new RegionFilter().appliesTo(constrained)).isTrue();
  }

  @Test
  void latencyFilterAppliesTheCapFromTheUserRegion() {
    CandidatePool beijing = gpu("a");
    CandidatePool guizhou = with(gpu("b"), "520000", 100, 1000);
    PlacementContext ctx = demand(1).from("110000", 10).context();
    assertThat(verdict(new LatencyFilter(), ctx, beijing)).isNull();
    Rejection rejection = verdict(new LatencyFilter(), ctx, guizhou);
    assertThat(rejection.messageKey()).isEqualTo("placement.filter.latency.exceeded");
    assertThat((Integer) rejection.args().get(0)).isGreaterThan(10);
    assertThat(verdict(new LatencyFilter(), demand(1).from("110000", 0).context(), guizhou)).isNull();
    assertThat(verdict(new LatencyFilter(), ctx, with(gpu("c"), "990000", 100, 1000)).messageKey())
        .isEqualTo("placement.filter.latency.unknown");
  }
}
