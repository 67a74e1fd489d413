package io.computility.hub.workers.placement;

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

  /** Why a pool this filter did not accept fails it. Must be consistent with {@link #accepts}. */
  Rejection explain(PlacementContext context, CandidatePool pool);
}
