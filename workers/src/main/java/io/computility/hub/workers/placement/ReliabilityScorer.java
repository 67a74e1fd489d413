package io.computility.hub.workers.placement;

import java.util.List;
import org.springframework.stereotype.Component;

/** Prefers providers that delivered higher availability. */
@Component
final class ReliabilityScorer implements PlacementScorer {

  static final String NAME = "reliability";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean higherIsBetter() {
    return true;
  }

  @Override
  public double measure(PlacementContext context, CandidatePool pool) {
    return pool.providerReliability();
  }

  @Override
  public void measureAll(PlacementContext context, List<CandidatePool> pools, int[] indexes, int from, int to,
      double[] measured) {
    PoolBlocks.measure(this, context, pools, indexes, from, to, measured);
  }
}
