package io.computility.hub.workers.placement;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Excludes pools that are down, and degraded ones unless the policy sets {@code health.allowDegraded} to 1.
 */
@Component
@Order(20)
final class HealthFilter implements PlacementFilter {

  static final String NAME = "health";
  static final String ALLOW_DEGRADED = "health.allowDegraded";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean accepts(PlacementContext context, CandidatePool pool) {
    return switch (pool.health()) {
      case UP -> true;
      case DEGRADED -> context.policy().parameter(ALLOW_DEGRADED, 0) >= 1;
      case DOWN -> false;
    };
  }

  @Override
  public void acceptsAll(PlacementContext context, List<CandidatePool> pools, int[] indexes, int from, int to,
      boolean[] accepted) {
    PoolBlocks.accept(this, context, pools, indexes, from, to, accepted);
  }

  @Override
  public Rejection explain(PlacementContext context, CandidatePool pool) {
    return Rejection.of(pool.health() == PoolHealth.DOWN ? "placement.filter.health.down"
        : "placement.filter.health.degraded");
  }
}
