package io.computility.hub.workers.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.hub.workers.placement.CandidatePool;
import io.computility.hub.workers.placement.GeoLatencyMatrix;
import io.computility.hub.workers.placement.PlacementEngine;
import io.computility.hub.workers.placement.PoolHealth;
import io.computility.hub.workers.placement.ResourceKind;
import io.computility.hub.workers.placement.ServiceLevel;
import io.computility.hub.workers.simulation.SimulationReport.PolicyOutcome;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PolicySimulatorTest {

  private final PolicySimulator simulator = new PolicySimulator(PlacementEngine.standard(new GeoLatencyMatrix()));

  private static final Set<String> EAST = Set.of("110000", "310000", "440000", "330000", "320000");

  private static double eastShare(PolicyOutcome outcome) {
    int east = 0;
    int all = 0;
    for (Map.Entry<String, Integer> placed : outcome.acceptedByRegion().entrySet()) {
      all += placed.getValue();
      if (EAST.contains(placed.getKey())) {
        east += placed.getValue();
      }
    }
    return (double) east / all;
  }

  @Test
  void costFirstAndLatencyFirstDifferExplainablyOnTheShippedSample() {
    SimulationReport report = simulator.run(TraceFiles.sampleTrace(), TraceFiles.samplePools(),
        List.of(PolicyPresets.costFirst(), PolicyPresets.latencyFirst()));
    PolicyOutcome cost = report.outcomes().get(0);
    PolicyOutcome latency = report.outcomes().get(1);

    // Cost-first sends work west, where power is cheap and green: users pay less, wait longer on the network.
    assertThat((double) cost.totalCostFen() / cost.accepted())
        .isLessThan(0.9 * latency.totalCostFen() / latency.accepted());
    assertThat(cost.meanLatencyMillis()).isGreaterThan(2 * latency.meanLatencyMillis());
    assertThat(eastShare(cost)).isLessThan(0.35);
    assertThat(eastShare(latency)).isGreaterThan(0.6);
    assertThat(cost.greenEnergyShare()).isGreaterThan(latency.greenEnergyShare());
    // Both still serve nearly everyone; what they fail on is capacity, residency and admission, not the engine.
    assertThat(cost.acceptanceRate()).isGreaterThan(0.9);
    assertThat(latency.acceptanceRate()).isGreaterThan(0.9);
    assertThat(cost.utilisationByRegion()).containsKeys("110000", "520000", "620000");
    assertThat(cost.providerFairness()).isBetween(0.0, 1.0);
    assertThat(cost.p95DecisionMicros()).isPositive();
  }

  @Test
  void departuresReleaseCapacityInSimulatedTime() {
    CandidatePool one = new CandidatePool("only", "p", "110000", "z", ResourceKind.INTELLIGENT_GPU, "GPU", 1, 1, 100,
        1.2, 0.5, PoolHealth.UP, ServiceLevel.BASIC, 0.99, Set.of());
    List<DemandEvent> trace = List.of(gpu(0, 10), gpu(5, 10), gpu(10, 10), gpu(40, 20));
    PolicyOutcome outcome = simulator.run(trace, List.of(one), List.of(PolicyPresets.costFirst())).outcomes().get(0);

    assertThat(outcome.accepted()).isEqualTo(3);
    assertThat(outcome.rejectionsByFilter()).containsEntry("capacity", 1);
    // Busy 0-10 and 10-20, and 40-40 (the horizon ends at the last arrival): 20 of 40 minutes.
    assertThat(outcome.utilisationByRegion().get("110000")).isEqualTo(0.5);
    assertThat(outcome.totalCostFen()).isEqualTo(2 * 17 + 34); // 10 min = 16.7 fen rounded up; 20 min = 33.4
    assertThat(outcome.providerFairness()).isEqualTo(1.0);
  }

  private static DemandEvent gpu(long arrival, long minutes) {
    return new DemandEvent(arrival, ResourceKind.INTELLIGENT_GPU, 1, minutes, "110000", 0, 0, Set.of(), false, null);
  }
}
