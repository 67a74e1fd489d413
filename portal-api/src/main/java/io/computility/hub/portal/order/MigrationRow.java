package io.computility.hub.portal.order;

import io.computility.hub.workers.placement.optimisation.MigrationProposal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** A {@code portal_order_migration} row; times are UTC. */
record MigrationRow(String id, String proposalKey, String orderId, int seq, String fromPoolId,
    String fromAllocationId, String fromReservationKey, String toPoolId,
    String reason, String policyName, int policyVersion, boolean automatic, String status, String reservationKey,
    String allocationId, String detail, String decidedBy, LocalDateTime createdAt, LocalDateTime updatedAt,
    LocalDateTime decidedAt, LocalDateTime finishedAt) {

  MigrationStatus migrationStatus() {
    return MigrationStatus.valueOf(status);
  }

  Migration toMigration() {
    return new Migration(id, orderId, fromPoolId, toPoolId, MigrationProposal.Reason.valueOf(reason), policyName,
        policyVersion, automatic, migrationStatus(), detail, decidedBy, instant(createdAt), instant(decidedAt),
        instant(finishedAt));
  }

  private static Instant instant(LocalDateTime time) {
    return time == null ? null : time.toInstant(ZoneOffset.UTC);
  }
}
