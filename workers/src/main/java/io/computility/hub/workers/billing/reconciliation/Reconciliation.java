package io.computility.hub.workers.billing.reconciliation;

import java.time.Instant;
import java.util.List;

/**
 * The result of comparing a provider's usage statement for a month with the hub's records.
 *
 * @param caseStatus {@code OPEN} when a line does not match (an operator must look into it), {@code RESOLVED}
 *     once one has; {@code null} when everything matched
 */
public record Reconciliation(String reconciliationId, String providerId, String period, int matched,
    int differences, CaseStatus caseStatus, Instant reconciledAt, String resolvedBy, Instant resolvedAt,
    List<ReconciliationLine> lines) {

  public Reconciliation {
    lines = List.copyOf(lines);
  }

  /** A reconciliation case's state. */
  public enum CaseStatus {
    /** Waiting for an operator. */
    OPEN,
    /** An operator has dealt with it. */
    RESOLVED
  }
}
