package io.computility.hub.workers.placement;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Enforces the demand's region and data-residency constraint: a pool must lie within one of the allowed areas
 * (a province code admits every city in it).
 */
@Component
@Order(50)
final class RegionFilter implements PlacementFilter {

  static final String NAME = "region";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean appliesTo(PlacementContext context) {
    return !context.request().allowedRegions().isEmpty();
  }

  @Override
  public boolean accepts(PlacementContext context, CandidatePool pool) {
    return context.inAllowedRegion(pool);
  }

  @Override
  public void acceptsAll(PlacementContext context, List<CandidatePool> pools, int[] indexes, int from, int to,
      boolean[] accepted) {
    PoolBlocks.accept(this, context, pools, indexes, from, to, accepted);
  }

  @Override
  public Rejection explain(PlacementContext context, CandidatePool pool) {
    return Rejection.of("placement.filter.region.outside", pool.regionCode());
  }
}
