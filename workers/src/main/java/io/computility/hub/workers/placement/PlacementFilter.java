package io.computility.hub.workers.placement;

/**
 * Phase one of placement: decides whether a pool can take the demand at all. Filters are Spring beans; the
 * engine runs the ones the policy enables, in {@code @Order}, and records the first that rejects a pool.
 * Implementations are called once per pool per decision: keep them allocation-free on the passing path.
 */
public interface PlacementFilter {

  /** Stable name used in policies and in exclusion reports, e.g. {@code capacity}. */
  String name();

  /** {@code null} when the pool passes, else why it does not. */
  Rejection test(PlacementContext context, CandidatePool pool);
}
