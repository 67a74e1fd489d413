package io.computility.hub.workers.placement.optimisation;

import io.computility.hub.workers.placement.CandidatePool;
import io.computility.hub.workers.placement.PlacementEngine;
import io.computility.hub.workers.placement.PlacementPolicy;
import io.computility.hub.workers.placement.PlacementPolicyResolver;
import io.computility.hub.workers.placement.PlacementResult;
import io.computility.hub.workers.placement.PoolDirectory;
import io.computility.hub.workers.placement.PoolHealth;
import io.computility.hub.workers.placement.ResourceKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dynamic optimisation (S-7.3 c): finds running placements whose pool went down, degraded or overloaded and
 * proposes the best pool the placement's policy would choose now. Policy parameters:
 * {@code optimise.overloadUtilisation} (default 0.95) and {@code optimise.autoMigrate} (1 = start migrations
 * without asking; default 0).
 */
public class PlacementOptimiser {

  static final String OVERLOAD = "optimise.overloadUtilisation";
  static final String AUTO_MIGRATE = "optimise.autoMigrate";

  private final PlacementEngine engine;
  private final PoolDirectory directory;
  private final PlacementPolicyResolver policies;

  public PlacementOptimiser(PlacementEngine engine, PoolDirectory directory, PlacementPolicyResolver policies) {
    this.engine = engine;
    this.directory = directory;
    this.policies = policies;
  }

  /** Proposals for every running placement that should move and has somewhere better to go. */
  public List<MigrationProposal> review(List<RunningPlacement> running) {
    Map<ResourceKind, List<CandidatePool>> byKind = new EnumMap<>(ResourceKind.class);
    Map<ResourceKind, Map<String, CandidatePool>> indexed = new EnumMap<>(ResourceKind.class);
    List<MigrationProposal> proposals = new ArrayList<>();
    for (RunningPlacement placement : running) {
      ResourceKind kind = placement.demand().kind();
      List<CandidatePool> pools = byKind.computeIfAbsent(kind, directory::pools);
      CandidatePool current = indexed.computeIfAbsent(kind, k -> index(pools)).get(placement.poolId());
      PlacementPolicy policy = policies.resolve(placement.demand().tenantId(), placement.demand().businessType());
      MigrationProposal.Reason reason = problem(current, policy);
      if (reason == null) {
        continue;
      }
      List<CandidatePool> elsewhere = new ArrayList<>(pools.size());
      for (CandidatePool pool : pools) {
        if (!pool.poolId().equals(placement.poolId())) {
          elsewhere.add(pool);
        }
      }
      PlacementResult result = engine.place(placement.demand(), policy, elsewhere);
      if (result.top() != null) {
        proposals.add(new MigrationProposal(placement.orderId(), placement.poolId(), result.top().pool().poolId(),
            reason, policy.name(), policy.version(), policy.parameter(AUTO_MIGRATE, 0) >= 1));
      }
    }
    return proposals;
  }

  private static MigrationProposal.Reason problem(CandidatePool current, PlacementPolicy policy) {
    if (current == null) {
      return MigrationProposal.Reason.POOL_GONE;
    }
    if (current.health() == PoolHealth.DOWN) {
      return MigrationProposal.Reason.POOL_DOWN;
    }
    if (current.health() == PoolHealth.DEGRADED) {
      return MigrationProposal.Reason.POOL_DEGRADED;
    }
    double utilisation = current.totalUnits() <= 0 ? 1 : (double) current.usedUnits() / current.totalUnits();
    return utilisation > policy.parameter(OVERLOAD, 0.95) ? MigrationProposal.Reason.POOL_OVERLOADED : null;
  }

  private static Map<String, CandidatePool> index(List<CandidatePool> pools) {
    Map<String, CandidatePool> byId = new HashMap<>();
    for (CandidatePool pool : pools) {
      byId.put(pool.poolId(), pool);
    }
    return byId;
  }
}
