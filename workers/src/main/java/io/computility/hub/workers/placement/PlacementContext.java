package io.computility.hub.workers.placement;

import java.util.Iterator;
import java.util.Set;

/** What plugins see of one decision: the demand, the policy and shared look-ups. Not thread-safe; one per call. */
public final class PlacementContext {

  private final PlacementRequest request;
  private final PlacementPolicy policy;
  private final LatencyMatrix latencyMatrix;
  // Per-region answers of this decision, created when first needed.
  private RegionTable latencies;
  private RegionTable allowed;
  private RegionTable preferred;

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
    if (latencies == null) {
      latencies = new RegionTable();
    }
    String region = pool.regionCode();
    int latency = latencies.get(region);
    return latency != RegionTable.MISSING ? latency
        : latencies.put(region, latencyMatrix.latencyMillis(userRegion, region));
  }

  /**
   * Whether the pool lies within one of the demand's allowed regions (a province admits its cities); true when the
   * demand allows every region.
   */
  public boolean inAllowedRegion(CandidatePool pool) {
    Set<String> areas = request.allowedRegions();
    if (areas.isEmpty()) {
      return true;
    }
    if (allowed == null) {
      allowed = new RegionTable();
    }
    return within(allowed, areas, pool.regionCode());
  }

  /** Whether the pool lies within one of the demand's preferred regions; false when it prefers none. */
  public boolean inPreferredRegion(CandidatePool pool) {
    Set<String> areas = request.preferredRegions();
    if (areas.isEmpty()) {
      return false;
    }
    if (preferred == null) {
      preferred = new RegionTable();
    }
    return within(preferred, areas, pool.regionCode());
  }

  private static boolean within(RegionTable memo, Set<String> areas, String region) {
    int known = memo.get(region);
    if (known != RegionTable.MISSING) {
      return known == 1;
    }
    boolean inside = areas.contains(region);
    for (Iterator<String> area = areas.iterator(); !inside && area.hasNext(); ) {
      inside = RegionCodes.within(region, area.next());
    }
    return memo.put(region, inside ? 1 : 0) == 1;
  }

  /** The demand's estimated cost on this pool, in fen. */
  public long estimatedCostFen(CandidatePool pool) {
    return PlacementCost.estimateFen(pool.unitPriceFen(), request.quantity(), request.durationMinutes());
  }
}
