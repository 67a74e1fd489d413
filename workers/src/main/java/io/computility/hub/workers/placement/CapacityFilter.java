package io.computility.hub.workers.placement;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Excludes pools whose remaining capacity is below the demanded quantity. */
@Component
@Order(30)
final class CapacityFilter implements PlacementFilter {

  static final String NAME = "capacity";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Rejection test(PlacementContext context, CandidatePool pool) {
    long wanted = context.request().quantity();
    return pool.remainingUnits() >= wanted ? null
        : Rejection.of("placement.filter.capacity.insufficient", pool.remainingUnits(), wanted, pool.unit());
  }
}
