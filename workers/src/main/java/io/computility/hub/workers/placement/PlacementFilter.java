package io.computility.hub.workers.placement;

import java.util.List;

/**
 * Phase one of placement: decides whether a pool can take the demand at all. Filters are Spring beans; the
 * engine runs the ones the policy enables, in {@code @Order}, and records the first that rejects a pool.
 *
 * <p>{@link #accepts} is the hot path, called once per pool per decision: keep it allocation-free.
 * {@link #explain} builds the reason and is called only when someone reads the exclusions, so a decision over
 * 100,000 pools does not pay for 100,000 messages nobody looks at.
 */
public interface PlacementFilter {

  /** Stable name used in policies and in exclusion reports, e.g. {@code capacity}. */
  String name();

  /**
   * Whether this filter has anything to check for the demand (the Kubernetes framework's PreFilter "skip"); when
   * not, the engine does not call it per pool. It must then accept every pool.
   */
  default boolean appliesTo(PlacementContext context) {
    return true;
  }

  /** Whether the pool passes. */
  boolean accepts(PlacementContext context, CandidatePool pool);

  /**
   * Decides a block of pools at once: {@code accepted[a - from]} for the pool {@code pools.get(indexes[a])}, for
   * {@code a} in {@code from..to}. The engine calls this once per block; the default calls {@link #accepts} per
   * pool. Overriding it with {@code PoolBlocks.accept(this, …)} in a final plugin class gives the JIT a per-pool
   * call site of its own, which it inlines (a shared call site sees every plugin and cannot be inlined).
   */
  default void acceptsAll(PlacementContext context, List<CandidatePool> pools, int[] indexes, int from, int to,
      boolean[] accepted) {
    PoolBlocks.accept(this, context, pools, indexes, from, to, accepted);
  }

  /** Why a pool this filter did not accept fails it. Must be consistent with {@link #accepts}. */
  Rejection explain(PlacementContext context, CandidatePool pool);
}
