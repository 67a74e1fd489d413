package io.computility.hub.workers.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * What of an order, besides its usage, its price depends on. Every part is optional: without them an order is
 * rated with the plan's charges for everybody, at multiplier 1, and time charges have nothing to charge.
 *
 * @param userClass the buyer's user class, choosing its price list and the public-service cap
 * @param commitment reserved or on-demand, choosing those prices
 * @param serviceLevel the availability bought, choosing the multiplier
 * @param units how many units (cards, instances) the order holds, for time charges; at least 1
 * @param duration how long the order held them, for time charges; {@code null} for none
 */
public record RatingContext(UserClass userClass, Commitment commitment, ServiceLevel serviceLevel, int units,
    Duration duration) {

  /** An order known only by its usage. */
  public static final RatingContext NONE = new RatingContext(null, null, null, 1, null);

  public RatingContext {
    if (units < 1) {
      throw new BillingProblem.Invalid("units", units);
    }
    if (duration != null && duration.isNegative()) {
      throw new BillingProblem.Invalid("duration", duration);
    }
  }

  /** The units × time held, in {@code period}, pro rata to the second and rounded half-up to six decimals. */
  BigDecimal timeQuantity(BillingPeriod period) {
    if (duration == null) {
      return BigDecimal.ZERO.setScale(6);
    }
    return BigDecimal.valueOf(duration.getSeconds()).multiply(BigDecimal.valueOf(units))
        .divide(BigDecimal.valueOf(period.length().getSeconds()), 6, RoundingMode.HALF_UP);
  }
}
