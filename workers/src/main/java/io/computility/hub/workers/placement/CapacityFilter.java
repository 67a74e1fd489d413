package io.computility.hub.workers.placement;

import java.util.List;
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
  public boolean accepts(PlacementContext context, CandidatePool pool) {
    return pool.remainingUnits() >= context.request().quantity();
  }

  @Override
  public void acceptsAll(PlacementContext context, List<CandidatePool> pools, int[] indexes, int from, int to,
      boolean[] accepted) {
    PoolBlocks.accept(this, context, pools, indexes, from, to, accepted);
  }

  @Override
  public Rejection explain(PlacementContext context, CandidatePool pool) {
    return Rejection.of("placement.filter.capacity.insufficient", pool.remainingUnits(),
        context.request().quantity(), pool.unit());
  }
}
