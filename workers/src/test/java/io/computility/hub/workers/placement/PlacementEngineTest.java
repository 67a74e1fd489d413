package io.computility.hub.workers.placement;

import static io.computility.hub.workers.placement.TestPools.demand;
import static io.computility.hub.workers.placement.TestPools.gpu;
import static io.computility.hub.workers.placement.TestPools.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import io.computility.hub.workers.placement.PlacementResult.Candidate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlacementEngineTest {

  private final PlacementEngine engine = PlacementEngine.standard(new GeoLatencyMatrix());

  private static PlacementPolicy weights(Map<String, Double> weights) {
    return new PlacementPolicy("test", 3, null, null, List.of(), weights, Map.of(), null);
  }

  @Test
  void normalisesMinMaxWithTheBestAt100() {
    assertThat(PlacementEngine.normalise(10, 10, 30, false)).isEqualTo(100);
    assertThat(PlacementEngine.normalise(30, 10, 30, false)).isEqualTo(0);
    assertThat(PlacementEngine.normalise(15, 10, 30, false)).isEqualTo(75);
    assertThat(PlacementEngine.normalise(15, 10, 30, true)).isEqualTo(25);
    assertThat(PlacementEngine.normalise(7, 7, 7, true)).isEqualTo(100);
  }

  @Test
  void combinesScoresAsAWeightedMeanAndExplainsEachPart() {
    CandidatePool cheapFar = with(gpu("cheap"), "520000", 100, 500);
    CandidatePool dearNear = with(gpu("near"), "110000", 100, 1500);
    PlacementResult result = engine.place(demand(1).from("110000", 0).build(),
        weights(Map.of("price", 3.0, "latency", 1.0)), List.of(cheapFar, dearNear));

    Candidate first = result.top();
    assertThat(first.pool().poolId()).isEqualTo("cheap");
    // cheap: price 100 x 3, latency 0 x 1 -> 75; near: price 0 x 3, latency 100 x 1 -> 25
    assertThat(first.score()).isCloseTo(75, offset(1e-9));
    assertThat(result.candidates().get(1).score()).isCloseTo(25, offset(1e-9));
    assertThat(first.breakdown()).extracting(PlacementResult.ScoreDetail::scorer).containsExactly("price", "latency");
    assertThat(first.breakdown().get(0).raw()).isEqualTo(500);
    assertThat(first.breakdown().get(0).normalised()).isEqualTo(100);
    assertThat(first.breakdown().get(0).weight()).isEqualTo(3.0);
    assertThat(first.estimatedCostFen()).isEqualTo(500);
    assertThat(first.latencyMillis()).isGreaterThan(GeoLatencyMatrix.LOCAL_MILLIS);
    assertThat(result.policyName()).isEqualTo("test");
    assertThat(result.policyVersion()).isEqualTo(3);

    PlacementResult latencyFirst = engine.place(demand(1).from("110000", 0).build(),
        weights(Map.of("price", 1.0, "latency", 3.0)), List.of(cheapFar, dearNear));
    assertThat(latencyFirst.top().pool().poolId()).isEqualTo("near");
  }

  @Test
  void reportsEveryExcludedPoolWithTheFirstFilterThatRejectedIt() {
    CandidatePool full = with(gpu("full"), "110000", 0, 1000);
    CandidatePool downAndFull = with(gpu("down"), "110000", 0, 1000).withHealth(PoolHealth.DOWN);
    CandidatePool ok = gpu("ok");
    PlacementResult result = engine.place(demand(4).build(), PlacementPolicy.balanced(),
        List.of(full, downAndFull, ok));

    assertThat(result.evaluated()).isEqualTo(3);
    assertThat(result.feasible()).isEqualTo(1);
    assertThat(result.candidates()).extracting(c -> c.pool().poolId()).containsExactly("ok");
    assertThat(result.exclusions()).extracting(e -> e.pool().poolId() + ":" + e.filter())
        .containsExactlyInAnyOrder("full:capacity", "down:health");
    assertThat(result.exclusions()).filteredOn(e -> e.filter().equals("capacity")).singleElement()
        .satisfies(e -> assertThat(e.reason().messageKey()).isEqualTo("placement.filter.capacity.insufficient"));
  }

  @Test
  void runsOnlyThePolicysFiltersAndRejectsUnknownPlugins() {
    CandidatePool full = with(gpu("full"), "110000", 0, 1000);
    PlacementPolicy noCapacityCheck = new PlacementPolicy("x", 1, null, null, List.of("kind"),
        Map.of("price", 1.0), Map.of(), null);
    assertThat(engine.place(demand(4).build(), noCapacityCheck, List.of(full)).feasible()).isEqualTo(1);

    PlacementPolicy unknownFilter = new PlacementPolicy("x", 1, null, null, List.of("astrology"), Map.of(),
        Map.of(), null);
    assertThatThrownBy(() -> engine.place(demand(1).build(), unknownFilter, List.of(full)))
        .hasMessageContaining("astrology");
    assertThatThrownBy(() -> engine.place(demand(1).build(), weights(Map.of("horoscope", 1.0)), List.of(full)))
        .hasMessageContaining("horoscope");
  }

  @Test
  void keepsOnlyTheLimitBestAndBreaksTiesByPoolOrder() {
    List<CandidatePool> pools = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      pools.add(with(gpu(String.format("p%02d", 19 - i)), "110000", 100, 1000 + (i % 5) * 100));
    }
    PlacementResult result = engine.place(demand(1).limit(3).build(), weights(Map.of("price", 1.0)), pools);
    assertThat(result.candidates()).extracting(c -> c.pool().poolId()).containsExactly("p19", "p14", "p09");
    assertThat(result.candidates()).extracting(Candidate::rank).containsExactly(1, 2, 3);
    assertThat(result.feasible()).isEqualTo(20);
  }

  @Test
  void withoutWeightsEveryCandidateScoresZero() {
    PlacementResult result = engine.place(demand(1).build(), weights(Map.of()), List.of(gpu("b"), gpu("a")));
    assertThat(result.candidates()).extracting(c -> c.pool().poolId()).containsExactly("b", "a");
    assertThat(result.top().score()).isZero();
    assertThat(result.top().breakdown()).isEmpty();
  }

  @Test
  void aNewPluginNeedsNoEngineChange() {
    PlacementFilter noTag = new PlacementFilter() {
      @Override
      public String name() {
        return "rdma";
      }

      @Override
      public boolean accepts(PlacementContext context, CandidatePool pool) {
        return pool.tags().contains("rdma");
      }

      @Override
      public Rejection explain(PlacementContext context, CandidatePool pool) {
        return Rejection.of("placement.filter.rdma.missing");
      }
    };
    PlacementScorer bigger = new PlacementScorer() {
      @Override
      public String name() {
        return "size";
      }

      @Override
      public boolean higherIsBetter() {
        return true;
      }

      @Override
      public double measure(PlacementContext context, CandidatePool pool) {
        return pool.totalUnits();
      }
    };
    PlacementEngine extended = new PlacementEngine(List.of(noTag), List.of(bigger), new GeoLatencyMatrix());
    CandidatePool plain = gpu("plain");
    CandidatePool rdma = new CandidatePool("rdma", "p", "110000", "z", ResourceKind.INTELLIGENT_GPU, "GPU", 8, 8, 1,
        1.2, 0, PoolHealth.UP, ServiceLevel.BASIC, 1, java.util.Set.of("rdma"));
    PlacementResult result = extended.place(demand(1).build(), weights(Map.of("size", 1.0)), List.of(plain, rdma));
    assertThat(result.candidates()).extracting(c -> c.pool().poolId()).containsExactly("rdma");
    assertThat(result.exclusions()).extracting(e -> e.filter()).containsExactly("rdma");
    assertThat(extended.filterNames()).containsExactly("rdma");
  }

  @Test
  void scorersAndFiltersThatDoNotApplyToTheDemandAreSkipped() {
    PlacementPolicy policy = weights(Map.of("price", 1.0, "latency", 1.0, "preference", 1.0));
    PlacementResult noUserRegion = engine.place(demand(1).build(), policy,
        List.of(gpu("a"), with(gpu("b"), "520000", 100, 900)));
    assertThat(noUserRegion.top().breakdown()).extracting(PlacementResult.ScoreDetail::scorer)
        .containsExactly("price");
    assertThat(noUserRegion.top().score()).isEqualTo(100);

    PlacementResult located = engine.place(demand(1).from("110000", 0).preferred("110000").build(), policy,
        List.of(gpu("a"), with(gpu("b"), "520000", 100, 900)));
    assertThat(located.top().breakdown()).extracting(PlacementResult.ScoreDetail::scorer)
        .containsExactly("price", "latency", "preference");
  }

  @Test
  void autoSelectionFollowsTheRuleAndTheUsersPreference() {
    PlacementPolicy byUser = PlacementPolicy.balanced();
    assertThat(engine.place(demand(1).build(), byUser, List.of(gpu("a"))).autoSelectAllowed()).isFalse();
    assertThat(engine.place(demand(1).autoSelect().build(), byUser, List.of(gpu("a"))).autoSelectAllowed()).isTrue();
    PlacementPolicy never = new PlacementPolicy("n", 1, null, null, List.of(), Map.of("price", 1.0), Map.of(),
        new AutoSelectRule(AutoSelectRule.Mode.NEVER, 0));
    assertThat(engine.place(demand(1).autoSelect().build(), never, List.of(gpu("a"))).autoSelectAllowed()).isFalse();
    PlacementPolicy demanding = new PlacementPolicy("d", 1, null, null, List.of(), Map.of("price", 1.0), Map.of(),
        new AutoSelectRule(AutoSelectRule.Mode.ALWAYS, 101));
    assertThat(engine.place(demand(1).build(), demanding, List.of(gpu("a"))).autoSelectAllowed()).isFalse();
    assertThat(engine.place(demand(1).autoSelect().build(), byUser, List.of()).autoSelectAllowed()).isFalse();
  }

  @Test
  void greenDemandsWeighEnergyMore() {
    CandidatePool greenDear = TestPools.energy(with(gpu("green"), "620000", 100, 1300), 1.15, 0.9);
    CandidatePool greyCheap = TestPools.energy(with(gpu("grey"), "620000", 100, 1000), 1.5, 0.1);
    PlacementPolicy policy = weights(Map.of("price", 1.5, "energy", 1.0));
    assertThat(engine.place(demand(1).build(), policy, List.of(greenDear, greyCheap)).top().pool().poolId())
        .isEqualTo("grey");
    assertThat(engine.place(demand(1).green().build(), policy, List.of(greenDear, greyCheap)).top().pool().poolId())
        .isEqualTo("green");
  }
}
