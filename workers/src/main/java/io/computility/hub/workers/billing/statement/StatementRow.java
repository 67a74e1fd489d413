package io.computility.hub.workers.billing.statement;

import java.time.Instant;
import java.util.List;

/** A statement as stored in {@code billing_provider_statement}. */
record StatementRow(String statementId, String providerId, String period, String currency, long grossSalesFen,
    long creditsFen, long platformFeeFen, long netPayableFen, ProviderStatement.Status status, Instant preparedAt,
    Instant paidAt, String paidBy) {

  ProviderStatement with(List<StatementLine> lines) {
    return new ProviderStatement(statementId, providerId, period, currency,
        new StatementFigures(grossSalesFen, creditsFen, platformFeeFen, netPayableFen), status, preparedAt, paidAt,
        paidBy, lines);
  }
}
