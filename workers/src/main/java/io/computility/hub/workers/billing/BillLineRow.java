package io.computility.hub.workers.billing;

import io.computility.hub.workers.metering.Meter;
import java.math.BigDecimal;

/** A bill line as stored in {@code billing_bill_line}. */
record BillLineRow(String billId, int lineNo, BillLine.Kind kind, Meter meter, BigDecimal quantity, String unit,
    long unitPriceFen, long amountFen, String reference) {

  BillLine line() {
    return new BillLine(lineNo, kind, meter, quantity, unit, unitPriceFen, amountFen, reference);
  }
}
