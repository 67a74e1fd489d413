package io.computility.hub.workers.placement;

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
  public Rejection test(PlacementContext context, CandidatePool pool) {
    return switch (pool.health()) {
      case UP -> null;
      case DEGRADED -> context.policy().parameter(ALLOW_DEGRADED, 0) >= 1 ? null
          : Rejection.of("placement.filter.health.degraded");
      case DOWN -> Rejection.of("placement.filter.health.down");
    };
  }
}
