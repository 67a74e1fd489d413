package io.computility.hub.workers.placement;

import java.util.List;
import org.springframework.stereotype.Component;

/** Prefers the pool where the demand costs least. */
@Component
final class PriceScorer implements PlacementScorer {

  static final String NAME = "price";

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
    return context.estimatedCostFen(pool);
  }

  @Override
  public void measureAll(PlacementContext context, List<CandidatePool> pools, int[] indexes, int from, int to,
      double[] measured) {
    PoolBlocks.measure(this, context, pools, indexes, from, to, measured);
  }
}
