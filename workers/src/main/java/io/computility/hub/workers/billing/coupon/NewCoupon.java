package io.computility.hub.workers.billing.coupon;

import io.computility.hub.workers.billing.UserClass;
import io.computility.hub.workers.metering.Meter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A coupon to issue; the fields are those of {@link Coupon}. Only the fields of its kind may be set.
 *
 * @param stacking {@code null} for {@link Stacking#STACKABLE}
 * @param perUserLimit {@code null} for 1
 */
public record NewCoupon(String code, CouponKind kind, Long amountFen, Integer percentBasisPoints, Long capFen,
    Meter meter, BigDecimal quantity, Instant validFrom, Instant validUntil, String productId, String providerId,
    UserClass userClass, Stacking stacking, Integer maxRedemptions, Integer perUserLimit) {

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{3,40}");

  /**
   * Checks the coupon is well formed.
   *
   * @throws CouponProblem.Invalid naming the field at fault
   */
  void validate() {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new CouponProblem.Invalid("code", code);
    }
    if (kind == null) {
      throw new CouponProblem.Invalid("kind", null);
    }
    require(kind == CouponKind.FIXED_AMOUNT, "amountFen", amountFen, amountFen != null && amountFen > 0);
    require(kind == CouponKind.PERCENTAGE, "percentBasisPoints", percentBasisPoints,
        percentBasisPoints != null && percentBasisPoints > 0 && percentBasisPoints <= 10_000);
    if (capFen != null && (kind != CouponKind.PERCENTAGE || capFen <= 0)) {
      throw new CouponProblem.Invalid("capFen", capFen);
    }
    require(kind == CouponKind.USAGE_ALLOWANCE, "meter", meter, meter != null);
    require(kind == CouponKind.USAGE_ALLOWANCE, "quantity", quantity,
        quantity != null && quantity.signum() > 0 && quantity.scale() <= 6);
    if (validFrom == null) {
      throw new CouponProblem.Invalid("validFrom", null);
    }
    if (validUntil == null || !validUntil.isAfter(validFrom)) {
      throw new CouponProblem.Invalid("validUntil", validUntil);
    }
    if (productId != null && (productId.isBlank() || productId.length() > 64)) {
      throw new CouponProblem.Invalid("productId", productId);
    }
    if (providerId != null && (providerId.isBlank() || providerId.length() > 64)) {
      throw new CouponProblem.Invalid("providerId", providerId);
    }
    if (maxRedemptions != null && maxRedemptions < 1) {
      throw new CouponProblem.Invalid("maxRedemptions", maxRedemptions);
    }
    if (perUserLimit != null && perUserLimit < 1) {
      throw new CouponProblem.Invalid("perUserLimit", perUserLimit);
    }
  }

  /** A field of the coupon's kind must be set and valid; a field of another kind must not be set. */
  private static void require(boolean ofKind, String field, Object value, boolean valid) {
    if (ofKind ? !valid : value != null) {
      throw new CouponProblem.Invalid(field, value);
    }
  }
}
