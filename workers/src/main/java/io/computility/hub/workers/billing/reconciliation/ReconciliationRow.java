package io.computility.hub.workers.billing.reconciliation;

import java.time.Instant;
import java.util.List;

/** A reconciliation as stored in {@code billing_reconciliation}. */
record ReconciliationRow(String reconciliationId, String providerId, String period, int matched, int differences,
    Reconciliation.CaseStatus caseStatus, Instant reconciledAt, String resolvedBy, Instant resolvedAt) {

  Reconciliation with(List<ReconciliationLine> lines) {
    return new Reconciliation(reconciliationId, providerId, period, matched, differences, caseStatus, reconciledAt,
        resolvedBy, resolvedAt, lines);
  }
}
