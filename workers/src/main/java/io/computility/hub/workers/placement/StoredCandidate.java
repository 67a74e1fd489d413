package io.computility.hub.workers.placement;

import java.time.LocalDateTime;

/**
 * One stored candidate of a placed demand, as the portal shows it for confirmation.
 *
 * @param demandId the demand
 * @param rankNo 1 for the best
 * @param poolId the pool offered
 * @param providerId its provider
 * @param regionCode its region (GB/T 2260)
 * @param score weighted score 0..100
 * @param estimatedCostFen estimated cost in {@code currency}'s minor unit
 * @param currency ISO 4217 code
 * @param latencyMs round trip from the user's region, -1 when unknown
 * @param breakdown {@code scorer=normalised*weight;…}
 * @param policyName the policy that ranked it
 * @param policyVersion that policy's version
 * @param autoSelect whether the top candidate may be taken without asking the user
 * @param createdAt UTC time of the placement
 */
public record StoredCandidate(String demandId, int rankNo, String poolId, String providerId, String regionCode,
    double score, long estimatedCostFen, String currency, int latencyMs, String breakdown, String policyName,
    int policyVersion, boolean autoSelect, LocalDateTime createdAt) {
}
