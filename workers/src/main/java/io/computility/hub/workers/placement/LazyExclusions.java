package io.computility.hub.workers.placement;

import io.computility.hub.workers.placement.PlacementResult.Exclusion;
import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The excluded pools of one decision, with each reason built by its filter's {@link PlacementFilter#explain}
 * only when read. Holds its own copy of the pool references, so later changes to the caller's list do not
 * change it; each read uses a fresh context, so it can be read from any thread.
 */
final class LazyExclusions extends AbstractList<Exclusion> implements RandomAccess {

  private final CandidatePool[] pools;
  private final PlacementFilter[] filters;
  private final int[] filterOf;
  private final PlacementRequest request;
  private final PlacementPolicy policy;
  private final LatencyMatrix latencyMatrix;

  LazyExclusions(CandidatePool[] pools, PlacementFilter[] filters, int[] filterOf, PlacementRequest request,
      PlacementPolicy policy, LatencyMatrix latencyMatrix) {
    this.pools = pools;
    this.filters = filters;
    this.filterOf = filterOf;
    this.request = request;
    this.policy = policy;
    this.latencyMatrix = latencyMatrix;
  }

  @Override
  public Exclusion get(int index) {
    PlacementFilter filter = filters[filterOf[index]];
    CandidatePool pool = pools[index];
    return new Exclusion(pool, filter.name(),
        filter.explain(new PlacementContext(request, policy, latencyMatrix), pool));
  }

  @Override
  public int size() {
    return pools.length;
  }
}
