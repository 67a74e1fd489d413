package io.computility.hub.workers.billing.statement;

import java.time.Instant;
import java.util.List;

/**
 * What the hub owes a provider for a month.
 *
 * @param period {@code yyyy-MM}
 * @param paidBy the operator who marked it paid; {@code null} until then
 */
public record ProviderStatement(String statementId, String providerId, String period, String currency,
    StatementFigures figures, Status status, Instant preparedAt, Instant paidAt, String paidBy,
    List<StatementLine> lines) {

  public ProviderStatement {
    lines = List.copyOf(lines);
  }

  /** Where a statement is. */
  public enum Status {
    /** Prepared; the hub has not paid the provider yet. */
    PREPARED,
    /** Paid to the provider, as an operator recorded. */
    PAID
  }
}
