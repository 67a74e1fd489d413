package io.computility.hub.workers.placement;

import org.springframework.stereotype.Component;

/** Spreads load: prefers the pool that would be least utilised after taking the demand. */
@Component
final class LoadBalanceScorer implements PlacementScorer {

  static final String NAME = "balance";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean higherIsBetter() {
    return false;
  }

  @Override
  public double measure(PlacementContext context, CandidatePool pool) {
    if (pool.totalUnits() <= 0) {
      return 1;
    }
    return (double) (pool.usedUnits() + context.request().quantity()) / pool.totalUnits();
  }
}
