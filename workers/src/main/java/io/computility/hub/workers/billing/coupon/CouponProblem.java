package io.computility.hub.workers.billing.coupon;

import io.computility.hub.workers.HubProblems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * Coupon requests that cannot be done as asked, rendered as problem+json. The detail is resolved from the bundles
 * with the code {@code problemDetail.<class name>}; {@code field} names the field at fault.
 */
public abstract sealed class CouponProblem extends ErrorResponseException {

  CouponProblem(HttpStatus status, String type, String field, String defaultDetail, Object... args) {
    super(status, HubProblems.detail(status, type, field, defaultDetail), null, null, args);
  }

  /** A field's value is not acceptable. */
  public static final class Invalid extends CouponProblem {
    Invalid(String field, Object value) {
      super(HttpStatus.BAD_REQUEST, "invalid-request", field, "Field '" + field + "' has an invalid value: " + value,
          field, value);
    }
  }

  /** No coupon has that code. */
  public static final class UnknownCoupon extends CouponProblem {
    UnknownCoupon(String code) {
      super(HttpStatus.NOT_FOUND, "unknown-coupon", "code", "There is no coupon '" + code + "'", code);
    }
  }

  /** A coupon with that code exists already. */
  public static final class CodeTaken extends CouponProblem {
    CodeTaken(String code) {
      super(HttpStatus.CONFLICT, "coupon-code-taken", "code", "The coupon code '" + code + "' is taken", code);
    }
  }

  /** The coupon cannot be claimed now: revoked, not yet valid or expired. */
  public static final class NotClaimable extends CouponProblem {
    NotClaimable(String code, String reason) {
      super(HttpStatus.CONFLICT, "coupon-not-claimable", "code", "The coupon '" + code + "' is " + reason, code,
          reason);
    }
  }

  /** Every claim the coupon allows was made. */
  public static final class Exhausted extends CouponProblem {
    Exhausted(String code) {
      super(HttpStatus.CONFLICT, "coupon-exhausted", "code", "The coupon '" + code + "' has been fully redeemed",
          code);
    }
  }

  /** The user made every claim the coupon allows one user. */
  public static final class PerUserLimitReached extends CouponProblem {
    PerUserLimitReached(String code, int limit) {
      super(HttpStatus.CONFLICT, "coupon-per-user-limit", "code", "The coupon '" + code + "' may be claimed "
          + limit + " time(s) per user", code, limit);
    }
  }
}
