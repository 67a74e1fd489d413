package io.computility.hub.portal.coupon;

import io.computility.hub.workers.billing.UserClass;
import io.computility.hub.workers.billing.coupon.Coupon;
import io.computility.hub.workers.billing.coupon.CouponKind;
import io.computility.hub.workers.billing.coupon.Redemption;
import io.computility.hub.workers.billing.coupon.Stacking;
import io.computility.hub.workers.metering.Meter;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One of the caller's claimed coupons, as the user sees it: what it takes off, where and until when, and whether a
 * bill used it ({@code orderId}).
 */
record ClaimView(String redemptionId, String code, CouponKind kind, Long amountFen, Integer percentBasisPoints,
    Long capFen, Meter meter, BigDecimal quantity, Instant validFrom, Instant validUntil, String productId,
    String providerId, UserClass userClass, Stacking stacking, Coupon.Status status, Instant claimedAt,
    String orderId, Instant consumedAt) {

  static ClaimView of(Redemption claim) {
    Coupon coupon = claim.coupon();
    return new ClaimView(claim.redemptionId(), coupon.code(), coupon.kind(), coupon.amountFen(),
        coupon.percentBasisPoints(), coupon.capFen(), coupon.meter(), coupon.quantity(), coupon.validFrom(),
        coupon.validUntil(), coupon.productId(), coupon.providerId(), coupon.userClass(), coupon.stacking(),
        coupon.status(), claim.claimedAt(), claim.orderId(), claim.consumedAt());
  }
}
