package io.computility.hub.workers.placement;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Prefers pools close to the user. Unknown latency counts as {@link #UNKNOWN_PENALTY_MILLIS}; without a user
 * region every pool measures the same, so the scorer does not discriminate.
 */
@Component
final class LatencyScorer implements PlacementScorer {

  static final String NAME = "latency";
  /** Treat an unknown path as a slow cross-country one rather than as free. */
  static final double UNKNOWN_PENALTY_MILLIS = 100;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean higherIsBetter() {
    return false;
  }

  @Override
  public boolean appliesTo(PlacementContext context) {
    return context.request().userRegion() != null;
  }

  @Override
  public double measure(PlacementContext context, CandidatePool pool) {
    if (context.request().userRegion() == null) {
      return 0;
    }
    int latency = context.latencyMillis(pool);
    return latency == LatencyMatrix.UNKNOWN ? UNKNOWN_PENALTY_MILLIS : latency;
  }

  @Override
  public void measureAll(PlacementContext context, List<CandidatePool> pools, int[] indexes, int from, int to,
      double[] measured) {
    PoolBlocks.measure(this, context, pools, indexes, from, to, measured);
  }
}
