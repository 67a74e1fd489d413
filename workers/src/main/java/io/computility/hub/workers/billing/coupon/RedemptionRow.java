package io.computility.hub.workers.billing.coupon;

import java.time.Instant;

/** A redemption as stored in {@code billing_coupon_redemption}. */
record RedemptionRow(String redemptionId, String couponId, String consumerId, Instant claimedAt, String orderId,
    Instant consumedAt) {

  Redemption with(Coupon coupon) {
    return new Redemption(redemptionId, coupon, consumerId, claimedAt, orderId, consumedAt);
  }
}
