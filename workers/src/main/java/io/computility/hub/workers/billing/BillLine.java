package io.computility.hub.workers.billing;

import io.computility.hub.workers.metering.Meter;
import java.math.BigDecimal;

/**
 * One line of a bill.
 *
 * @param lineNo its position on the bill, from 1
 * @param kind what the line is for
 * @param meter the meter it prices; {@code null} for lines not about one meter (time, service level, minimum
 *     charge, most discounts)
 * @param quantity how much was used (or held, for time), in {@code unit}; for a service-level line the
 *     multiplier; 1 for a minimum charge or an amount off
 * @param unitPriceFen the price of one unit; for adjustments the amount they were computed on
 * @param amountFen {@code quantity × unitPriceFen}, rounded half-up to the fen; negative for reductions
 * @param reference what the line refers to: the tier's bound, the billing period, the service level, or the
 *     coupon's code; {@code null} for plain usage
 */
public record BillLine(int lineNo, Kind kind, Meter meter, BigDecimal quantity, String unit, long unitPriceFen,
    long amountFen, String reference) {

  /** A line without reference. */
  public BillLine(int lineNo, Kind kind, Meter meter, BigDecimal quantity, String unit, long unitPriceFen,
      long amountFen) {
    this(lineNo, kind, meter, quantity, unit, unitPriceFen, amountFen, null);
  }

  /**
   * The message code of the reason shown for this line ({@code billing.line.<kind>} in the workers bundles); its
   * argument is {@link #reference()}.
   */
  public String reasonCode() {
    return "billing.line." + kind.name();
  }

  /** What a line is for; the rating order is the order of the kinds (see {@link Rating}). */
  public enum Kind {
    /** Usage of a meter at the plan's unit price (or one tier's price, reference = the tier's bound). */
    USAGE,
    /** Time held at a time charge's price (reference = the billing period). */
    TIME,
    /** A public-service user's price cap: what the meter's usage lines charge above the cap per unit, taken off. */
    PRICE_CAP,
    /** The service level's multiplier on the lines above (reference = the level). */
    SERVICE_LEVEL,
    /** What lifts the total to the plan's minimum charge. */
    MINIMUM_CHARGE,
    /** A coupon's discount (reference = the coupon's code). */
    DISCOUNT
  }
}
