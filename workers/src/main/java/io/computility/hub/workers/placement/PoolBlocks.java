package io.computility.hub.workers.placement;

import java.util.List;

/**
 * The per-pool loops behind {@link PlacementFilter#acceptsAll} and {@link PlacementScorer#measureAll}. Small enough
 * to be inlined into each plugin's override, where the plugin's class is exact, so that the JIT binds and inlines
 * the per-pool call for that plugin alone.
 */
public final class PoolBlocks {

  private PoolBlocks() {
  }

  /** {@code accepted[a - from] = filter.accepts(context, pools.get(indexes[a]))} for {@code a} in {@code from..to}. */
  public static void accept(PlacementFilter filter, PlacementContext context, List<CandidatePool> pools,
      int[] indexes, int from, int to, boolean[] accepted) {
    for (int a = from; a < to; a++) {
      accepted[a - from] = filter.accepts(context, pools.get(indexes[a]));
    }
  }

  /** {@code measured[j - from] = scorer.measure(context, pools.get(indexes[j]))} for {@code j} in {@code from..to}. */
  public static void measure(PlacementScorer scorer, PlacementContext context, List<CandidatePool> pools,
      int[] indexes, int from, int to, double[] measured) {
    for (int j = from; j < to; j++) {
      measured[j - from] = scorer.measure(context, pools.get(indexes[j]));
    }
  }
}
