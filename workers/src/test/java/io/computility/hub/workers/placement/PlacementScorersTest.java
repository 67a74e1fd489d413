package io.computility.hub.workers.placement;

import static io.computility.hub.workers.placement.TestPools.demand;
import static io.computility.hub.workers.placement.TestPools.gpu;
import static io.computility.hub.workers.placement.TestPools.with;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlacementScorersTest {

  @Test
  void priceMeasuresTheEstimatedCostLowerIsBetter() {
    PriceScorer scorer = new PriceScorer();
    assertThat(scorer.higherIsBetter()).isFalse();
    assertThat(scorer.measure(demand(2).minutes(30).context(), with(gpu("a"), "110000", 100, 1_001)))
        .isEqualTo(1_001.0); // 2 x 0.5 h x 1,001 = 1,001 fen
  }

  @Test
  void latencyMeasuresRoundTripFromTheUser() {
    LatencyScorer scorer = new LatencyScorer();
    PlacementContext fromBeijing = demand(1).from("110000", 0).context();
    assertThat(scorer.measure(fromBeijing, gpu("a"))).isEqualTo(GeoLatencyMatrix.LOCAL_MILLIS);
    assertThat(scorer.measure(fromBeijing, with(gpu("b"), "440000", 1, 1)))
        .isGreaterThan(scorer.measure(fromBeijing, with(gpu("c"), "120000", 1, 1)));
    assertThat(scorer.measure(fromBeijing, with(gpu("d"), "990000", 1, 1)))
        .isEqualTo(LatencyScorer.UNKNOWN_PENALTY_MILLIS);
    assertThat(scorer.measure(demand(1).context(), gpu("a"))).isZero();
  }

  @Test
  void energyMeasuresNonRenewablePowerPerItPowerAndBoostsForGreenDemands() {
    EnergyScorer scorer = new EnergyScorer();
    assertThat(scorer.measure(demand(1).context(), TestPools.energy(gpu("a"), 1.2, 0.75)))
        .isCloseTo(0.3, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(scorer.weight(demand(1).context(), 1.5)).isEqualTo(1.5);
    assertThat(scorer.weight(demand(1).green().context(), 1.5)).isEqualTo(3.0);
  }

  @Test
  void loadBalanceMeasuresUtilisationAfterPlacement() {
    LoadBalanceScorer scorer = new LoadBalanceScorer();
    assertThat(scorer.measure(demand(10).context(), with(gpu("a"), "110000", 60, 1))).isEqualTo(0.5);
    assertThat(scorer.higherIsBetter()).isFalse();
  }

  @Test
  void reliabilityAndPreferenceAreHigherIsBetter() {
    assertThat(new ReliabilityScorer().measure(demand(1).context(),
        TestPools.admitted(gpu("a"), ServiceLevel.BASIC, 0.95))).isEqualTo(0.95);
    assertThat(new ReliabilityScorer().higherIsBetter()).isTrue();
    RegionPreferenceScorer preference = new RegionPreferenceScorer();
    PlacementContext prefersShanghai = demand(1).preferred("310000").context();
    assertThat(preference.measure(prefersShanghai, with(gpu("a"), "310000", 1, 1))).isEqualTo(1);
    assertThat(preference.measure(prefersShanghai, gpu("b"))).isZero();
    assertThat(preference.measure(demand(1).context(), gpu("b"))).isZero();
  }
}
