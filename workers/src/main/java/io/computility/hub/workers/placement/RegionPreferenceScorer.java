package io.computility.hub.workers.placement;

import java.util.List;
import org.springframework.stereotype.Component;

/** Prefers pools in the demand's preferred regions (1 inside, 0 outside). */
@Component
final class RegionPreferenceScorer implements PlacementScorer {

  static final String NAME = "preference";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean higherIsBetter() {
    return true;
  }

  @Override
  public boolean appliesTo(PlacementContext context) {
    return !context.request().preferredRegions().isEmpty();
  }

  @Override
  public double measure(PlacementContext context, CandidatePool pool) {
    return context.inPreferredRegion(pool) ? 1 : 0;
  }

  @Override
  public void measureAll(PlacementContext context, List<CandidatePool> pools, int[] indexes, int from, int to,
      double[] measured) {
    PoolBlocks.measure(this, context, pools, indexes, from, to, measured);
  }
}
