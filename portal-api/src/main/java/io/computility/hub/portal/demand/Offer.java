package io.computility.hub.portal.demand;

import java.util.List;

/**
 * One candidate offer of a placed demand, as the consumer sees it before confirming (O-8.4).
 *
 * @param rank 1 for the best
 * @param poolId the pool offered; confirm with this id
 * @param providerId its provider
 * @param regionCode its region (GB/T 2260)
 * @param score weighted score 0..100
 * @param estimatedCostFen the demand's estimated cost on this pool
 * @param currency ISO 4217 currency of the estimate
 * @param latencyMillis round trip from the consumer's region, -1 when unknown
 * @param breakdown each scorer's part of the score
 * @param policyName the policy that ranked it
 * @param policyVersion that policy's version
 */
public record Offer(int rank, String poolId, String providerId, String regionCode, double score,
    long estimatedCostFen, String currency, int latencyMillis, List<ScorePart> breakdown, String policyName,
    int policyVersion) {

  public Offer {
    breakdown = List.copyOf(breakdown);
  }

  /**
   * One scorer's part of an offer's score.
   *
   * @param scorer the scorer's name
   * @param normalised its measurement mapped to 0..100, best = 100
   * @param weight the weight applied
   */
  public record ScorePart(String scorer, double normalised, double weight) {
  }
}
