package io.computility.hub.workers.placement;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Prefers efficient, green sites: measures the non-renewable power drawn per unit of IT power,
 * {@code PUE × (1 − green share)}. A demand that prefers green power multiplies the policy's weight by the
 * parameter {@code energy.greenBoost} (default 2).
 */
@Component
final class EnergyScorer implements PlacementScorer {

  static final String NAME = "energy";
  static final String GREEN_BOOST = "energy.greenBoost";

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
    return pool.pue() * (1 - pool.greenShare());
  }

  @Override
  public double weight(PlacementContext context, double policyWeight) {
    return context.request().greenPreferred() ? policyWeight * context.policy().parameter(GREEN_BOOST, 2)
        : policyWeight;
  }

  @Override
  public void measureAll(PlacementContext context, List<CandidatePool> pools, int[] indexes, int from, int to,
      double[] measured) {
    PoolBlocks.measure(this, context, pools, indexes, from, to, measured);
  }
}
