package io.computility.hub.workers.placement;

import java.util.List;
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

  @Override
  public void measureAll(PlacementContext context, List<CandidatePool> pools, int[] indexes, int from, int to,
      double[] measured) {
    PoolBlocks.measure(this, context, pools, indexes, from, to, measured);
  }
}
