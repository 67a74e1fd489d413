package io.computility.hub.portal.coupon;

import io.computility.hub.workers.billing.UserClass;
import io.computility.hub.workers.billing.coupon.CouponKind;
import io.computility.hub.workers.billing.coupon.NewCoupon;
import io.computility.hub.workers.billing.coupon.Stacking;
import io.computility.hub.workers.metering.Meter;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * {@code POST /api/v1/coupons}: a coupon to issue. Only the fields of its {@code kind} may be set; the rules are
 * those of {@link NewCoupon}, and a field that breaks them is named in the 400 problem.
 */
record CouponRequest(String code, CouponKind kind, Long amountFen, Integer percentBasisPoints, Long capFen,
    Meter meter, BigDecimal quantity, Instant validFrom, Instant validUntil, String productId, String providerId,
    UserClass userClass, Stacking stacking, Integer maxRedemptions, Integer perUserLimit) {

  NewCoupon coupon() {
    return new NewCoupon(code, kind, amountFen, percentBasisPoints, capFen, meter, quantity, validFrom, validUntil,
        productId, providerId, userClass, stacking, maxRedemptions, perUserLimit);
  }
}
