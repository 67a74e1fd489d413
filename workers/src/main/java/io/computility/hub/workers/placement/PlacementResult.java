package io.computility.hub.workers.placement;

import java.util.List;

/**
 * The outcome of one placement decision.
 *
 * @param demandId the demand placed
 * @param policyName the policy applied
 * @param policyVersion its version (0 for an unstored policy)
 * @param evaluated pools looked at
 * @param feasible pools that passed every filter
 * @param candidates the best feasible pools, best first (ties: the pool listed first), at most the request's limit
 * @param exclusions every pool a filter excluded, with the filter and the reason (in no particular order;
 *     reasons are built when read)
 * @param autoSelectAllowed whether the top candidate may be taken without asking the user
 */
public record PlacementResult(String demandId, String policyName, int policyVersion, int evaluated, int feasible,
    List<Candidate> candidates, List<Exclusion> exclusions, boolean autoSelectAllowed) {

  /** The best candidate, or {@code null} when nothing was feasible. */
  public Candidate top() {
    return candidates.isEmpty() ? null : candidates.get(0);
  }

  /**
   * A ranked offer.
   *
   * @param rank 1 for the best
   * @param pool the pool
   * @param score weighted total, 0..100
   * @param estimatedCostFen the demand's estimated cost on this pool
   * @param latencyMillis round trip from the user's region, or {@link LatencyMatrix#UNKNOWN}
   * @param breakdown each active scorer's part of the score
   */
  public record Candidate(int rank, CandidatePool pool, double score, long estimatedCostFen, int latencyMillis,
      List<ScoreDetail> breakdown) {
  }

  /**
   * One scorer's part of a candidate's score.
   *
   * @param scorer the scorer's name
   * @param raw its measurement
   * @param normalised the measurement mapped to 0..100 over the feasible pools, best = 100
   * @param weight the weight applied
   */
  public record ScoreDetail(String scorer, double raw, double normalised, double weight) {
  }

  /**
   * A pool that did not pass.
   *
   * @param pool the pool
   * @param filter the name of the first filter that rejected it
   * @param reason why, as a message key and arguments
   */
  public record Exclusion(CandidatePool pool, String filter, Rejection reason) {
  }
}
