package io.computility.hub.workers.billing;

import io.computility.hub.workers.metering.Meter;
import java.math.BigDecimal;

/**
 * One line of a bill.
 *
 * @param lineNo its position on the bill, from 1
 * @param kind what the line is for
 * @param quantity how much was used, in {@code unit}
 * @param unitPriceFen the plan's price of one unit
 * @param amountFen {@code quantity × unitPriceFen}, rounded half-up to the fen
 */
public record BillLine(int lineNo, Kind kind, Meter meter, BigDecimal quantity, String unit, long unitPriceFen,
    long amountFen) {

  /** What a line is for. Adjustments (discounts, coupons, minimum charges) will be lines of kinds of their own. */
  public enum Kind {
    /** Usage of a meter at the plan's unit price. */
    USAGE
  }
}
