package io.computility.hub.workers.billing.statement;

/**
 * One bill line or credit note behind a statement's figures.
 *
 * @param billLineNo the order bill's line, for a {@code SALE}; {@code null} for a {@code CREDIT}
 * @param creditNoteId the credit note, for a {@code CREDIT}; {@code null} for a {@code SALE}
 * @param amountFen positive for a sale, negative for a credit
 */
public record StatementLine(int lineNo, Kind kind, String billId, Integer billLineNo, String creditNoteId,
    long amountFen) {

  /** What a line counts towards. */
  public enum Kind {
    /** A usage line of a settled order bill: gross sales. */
    SALE,
    /** A credit note against one of the provider's order bills: passed on to it. */
    CREDIT
  }
}
