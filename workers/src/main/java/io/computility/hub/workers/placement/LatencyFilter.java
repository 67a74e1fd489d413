package io.computility.hub.workers.placement;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Excludes pools farther than the demand's latency cap from the user's region. Without a cap or a user region
 * it passes everything; with a cap, a pool whose latency is unknown is excluded.
 */
@Component
@Order(70)
final class LatencyFilter implements PlacementFilter {

  static final String NAME = "latency";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean appliesTo(PlacementContext context) {
    return context.request().maxLatencyMillis() > 0 && context.request().userRegion() != null;
  }

  @Override
  public boolean accepts(PlacementContext context, CandidatePool pool) {
    int cap = context.request().maxLatencyMillis();
    if (cap <= 0 || context.request().userRegion() == null) {
      return true;
    }
    int latency = context.latencyMillis(pool);
    return latency != LatencyMatrix.UNKNOWN && latency <= cap;
  }

  @Override
  public void acceptsAll(PlacementContext context, List<CandidatePool> pools, int[] indexes, int from, int to,
      boolean[] accepted) {
    PoolBlocks.accept(this, context, pools, indexes, from, to, accepted);
  }

  @Override
  public Rejection explain(PlacementContext context, CandidatePool pool) {
    int latency = context.latencyMillis(pool);
    return latency == LatencyMatrix.UNKNOWN
        ? Rejection.of("placement.filter.latency.unknown", context.request().userRegion(), pool.regionCode())
        : Rejection.of("placement.filter.latency.exceeded", latency, context.request().maxLatencyMillis());
  }
}
