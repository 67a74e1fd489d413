package io.computility.hub.workers.placement;

/** What plugins see of one decision: the demand, the policy and shared look-ups. Not thread-safe; one per call. */
public final class PlacementContext {

  private final PlacementRequest request;
  private final PlacementPolicy policy;
  private final LatencyMatrix latencyMatrix;
  // Pools tend to come grouped by region, so one remembered look-up saves most matrix calls.
  private String lastRegion;
  private int lastLatency;

  public PlacementContext(PlacementRequest request, PlacementPolicy policy, LatencyMatrix latencyMatrix) {
    this.request = request;
    this.policy = policy;
    this.latencyMatrix = latencyMatrix;
  }

  public PlacementRequest request() {
    return request;
  }

  public PlacementPolicy policy() {
    return policy;
  }

  /** Round trip from the user's region to the pool, or {@link LatencyMatrix#UNKNOWN} (also when no user region). */
  public int latencyMillis(CandidatePool pool) {
    String userRegion = request.userRegion();
    if (userRegion == null) {
      return LatencyMatrix.UNKNOWN;
    }
    String region = pool.regionCode();
    if (!region.equals(lastRegion)) {
      lastLatency = latencyMatrix.latencyMillis(userRegion, region);
      lastRegion = region;
    }
    return lastLatency;
  }

  /** The demand's estimated cost on this pool, in fen. */
  public long estimatedCostFen(CandidatePool pool) {
    return PlacementCost.estimateFen(pool.unitPriceFen(), request.quantity(), request.durationMinutes());
  }
}
