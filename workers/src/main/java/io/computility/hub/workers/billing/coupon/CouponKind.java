package io.computility.hub.workers.billing.coupon;

/** What a coupon takes off a bill. */
public enum CouponKind {
  /** A fixed amount of fen ({@code amountFen}). */
  FIXED_AMOUNT,
  /** A percentage of the bill so far ({@code percentBasisPoints}, 1000 = 10 %), at most {@code capFen} when set. */
  PERCENTAGE,
  /**
   * Units of one meter free ({@code quantity} of {@code meter}, e.g. 100 GPU·h) at the price the bill charges for
   * them.
   */
  USAGE_ALLOWANCE
}
