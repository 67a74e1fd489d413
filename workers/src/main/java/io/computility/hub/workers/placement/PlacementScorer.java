package io.computility.hub.workers.placement;

import java.util.List;

/**
 * Phase two of placement: measures one quality of a feasible pool. Scorers are Spring beans; the engine
 * normalises each scorer's measurements over the feasible pools to 0..100 (min-max, best = 100) and sums them
 * with the policy's weights, like the Kubernetes scheduling framework's NormalizeScore.
 */
public interface PlacementScorer {

  /** Stable name used as the weight key in policies and in score breakdowns, e.g. {@code price}. */
  String name();

  /** Whether a larger measurement is better. */
  boolean higherIsBetter();

  /**
   * Whether this scorer can tell pools apart for the demand (PreScore "skip"); when not, it is left out of the
   * decision and of the weighted mean.
   */
  default boolean appliesTo(PlacementContext context) {
    return true;
  }

  /** The raw measurement (its own unit: fen, ms, …); called once per feasible pool per decision. */
  double measure(PlacementContext context, CandidatePool pool);

  /**
   * Measures a block of pools at once: {@code measured[j - from]} for the pool {@code pools.get(indexes[j])}, for
   * {@code j} in {@code from..to}. The engine calls this once per block; the default calls {@link #measure} per
   * pool. Overriding it with {@code PoolBlocks.measure(this, …)} in a final plugin class gives the JIT a per-pool
   * call site of its own, which it inlines.
   */
  default void measureAll(PlacementContext context, List<CandidatePool> pools, int[] indexes, int from, int to,
      double[] measured) {
    PoolBlocks.measure(this, context, pools, indexes, from, to, measured);
  }

  /** The weight to apply for this demand; by default the policy's. Lets a scorer react to the demand. */
  default double weight(PlacementContext context, double policyWeight) {
    return policyWeight;
  }
}
