package io.computility.hub.workers.billing.statement;

/** A statement line as stored in {@code billing_provider_statement_line}: with the statement it is on. */
record StatementLineRow(String statementId, int lineNo, StatementLine.Kind kind, String billId, Integer billLineNo,
    String creditNoteId, long amountFen) {

  StatementLine line() {
    return new StatementLine(lineNo, kind, billId, billLineNo, creditNoteId, amountFen);
  }
}
