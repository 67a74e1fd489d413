package io.computility.hub.workers.placement.optimisation;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.hub.workers.placement.CandidatePool;
import io.computility.hub.workers.placement.GeoLatencyMatrix;
import io.computility.hub.workers.placement.PlacementEngine;
import io.computility.hub.workers.placement.PlacementPolicy;
import io.computility.hub.workers.placement.PlacementRequest;
import io.computility.hub.workers.placement.PoolHealth;
import io.computility.hub.workers.placement.ResourceKind;
import io.computility.hub.workers.placement.ServiceLevel;
import io.computility.hub.workers.placement.optimisation.MigrationProposal.Reason;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlacementOptimiserTest {

  private static CandidatePool pool(String id, long remaining, PoolHealth health, long price) {
    return new CandidatePool(id, "p-" + id, "110000", "z", ResourceKind.INTELLIGENT_GPU, "GPU", 100, remaining, price,
        1.3, 0.3, health, ServiceLevel.BASIC, 0.99, Set.of());
  }

  private static RunningPlacement on(String order, String pool) {
    return new RunningPlacement(order, pool, PlacementRequest.of("d-" + order, ResourceKind.INTELLIGENT_GPU, 4, 600));
  }

  @Test
  void proposesMovesOffDownDegradedOverloadedAndVanishedPoolsOnly() {
    List<CandidatePool> pools = List.of(pool("down", 50, PoolHealth.DOWN, 1000),
        pool("degraded", 50, PoolHealth.DEGRADED, 1000), pool("busy", 2, PoolHealth.UP, 1000),
        pool("fine", 50, PoolHealth.UP, 1000), pool("target", 80, PoolHealth.UP, 800));
    PlacementPolicy auto = new PlacementPolicy("auto", 2, null, null, List.of(), Map.of("price", 1.0),
        Map.of(PlacementOptimiser.AUTO_MIGRATE, 1.0), null);
    PlacementOptimiser optimiser = new PlacementOptimiser(PlacementEngine.standard(new GeoLatencyMatrix()),
        kind -> pools, (tenant, type) -> auto);

    List<MigrationProposal> proposals = optimiser.review(List.of(on("o1", "down"), on("o2", "degraded"),
        on("o3", "busy"), on("o4", "fine"), on("o5", "gone"), on("o6", "target")));

    assertThat(proposals).extracting(MigrationProposal::orderId, MigrationProposal::reason,
        MigrationProposal::toPoolId).containsExactly(
            org.assertj.core.groups.Tuple.tuple("o1", Reason.POOL_DOWN, "target"),
            org.assertj.core.groups.Tuple.tuple("o2", Reason.POOL_DEGRADED, "target"),
            org.assertj.core.groups.Tuple.tuple("o3", Reason.POOL_OVERLOADED, "target"),
            org.assertj.core.groups.Tuple.tuple("o5", Reason.POOL_GONE, "target"));
    assertThat(proposals).allMatch(MigrationProposal::automatic);
    assertThat(proposals.get(0).key()).isEqualTo("o1:down->target");
    assertThat(proposals.get(0).policyVersion()).isEqualTo(2);
  }

  @Test
  void withoutABetterPoolNothingIsProposedAndManualPoliciesOnlyPropose() {
    List<CandidatePool> pools = List.of(pool("down", 50, PoolHealth.DOWN, 1000), pool("tiny", 1, PoolHealth.UP, 1));
    PlacementOptimiser optimiser = new PlacementOptimiser(PlacementEngine.standard(new GeoLatencyMatrix()),
        kind -> pools, (tenant, type) -> PlacementPolicy.balanced());
    assertThat(optimiser.review(List.of(on("o1", "down")))).isEmpty();

    List<CandidatePool> withRoom = List.of(pools.get(0), pool("roomy", 90, PoolHealth.UP, 1000));
    PlacementOptimiser manual = new PlacementOptimiser(PlacementEngine.standard(new GeoLatencyMatrix()),
        kind -> withRoom, (tenant, type) -> PlacementPolicy.balanced());
    assertThat(manual.review(List.of(on("o1", "down")))).singleElement()
        .satisfies(p -> assertThat(p.automatic()).isFalse());
  }
}
