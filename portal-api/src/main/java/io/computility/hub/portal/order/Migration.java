package io.computility.hub.portal.order;

import io.computility.hub.workers.placement.optimisation.MigrationProposal;
import java.time.Instant;

/**
 * A proposed move of a running order to another pool, as owners and operators see it.
 *
 * @param id the proposal's id
 * @param orderId the order
 * @param fromPoolId where it runs (ran)
 * @param toPoolId where it should move
 * @param reason what is wrong with the current pool
 * @param policyName the placement policy that chose the target
 * @param policyVersion that policy's version
 * @param automatic whether the policy let the platform start it without asking
 * @param status where it stands
 * @param detail why it failed, or what moved it last
 * @param decidedBy who accepted or declined it ({@code optimiser} for automatic and superseded ones)
 * @param createdAt when it was proposed
 * @param decidedAt when it was accepted, declined or superseded
 * @param finishedAt when it migrated or failed
 */
public record Migration(String id, String orderId, String fromPoolId, String toPoolId, MigrationProposal.Reason reason,
    String policyName, int policyVersion, boolean automatic, MigrationStatus status, String detail, String decidedBy,
    Instant createdAt, Instant decidedAt, Instant finishedAt) {
}
