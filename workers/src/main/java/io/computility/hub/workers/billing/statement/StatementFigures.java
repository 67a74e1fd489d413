package io.computility.hub.workers.billing.statement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A statement's figures from its lines: gross sales (the sale lines), credits (the credit lines, as a positive
 * amount), the platform's fee on what remains (basis points, rounded half-up to the fen once, here) and the net
 * payable: {@code gross − credits − fee}.
 */
public record StatementFigures(long grossSalesFen, long creditsFen, long platformFeeFen, long netPayableFen) {

  private static final BigDecimal BASIS_POINTS = BigDecimal.valueOf(10_000);

  static StatementFigures of(List<StatementLine> lines, int platformFeeBasisPoints) {
    long gross = lines.stream().filter(line -> line.kind() == StatementLine.Kind.SALE)
        .mapToLong(StatementLine::amountFen).sum();
    long credits = -lines.stream().filter(line -> line.kind() == StatementLine.Kind.CREDIT)
        .mapToLong(StatementLine::amountFen).sum();
    long fee = BigDecimal.valueOf(gross - credits).multiply(BigDecimal.valueOf(platformFeeBasisPoints))
        .divide(BASIS_POINTS, 0, RoundingMode.HALF_UP).longValueExact();
    return new StatementFigures(gross, credits, fee, gross - credits - fee);
  }
}
