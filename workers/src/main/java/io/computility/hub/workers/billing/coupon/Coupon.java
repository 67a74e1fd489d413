package io.computility.hub.workers.billing.coupon;

import io.computility.hub.workers.billing.UserClass;
import io.computility.hub.workers.metering.Meter;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A coupon an operator issued.
 *
 * @param code what users claim it by; unique
 * @param amountFen {@link CouponKind#FIXED_AMOUNT}: the amount off
 * @param percentBasisPoints {@link CouponKind#PERCENTAGE}: 1 to 10000 (100 = 1 %)
 * @param capFen {@link CouponKind#PERCENTAGE}: the most it takes off; {@code null} for no cap
 * @param meter {@link CouponKind#USAGE_ALLOWANCE}: the meter whose units are free
 * @param quantity {@link CouponKind#USAGE_ALLOWANCE}: how many units are free
 * @param validFrom bills issued from then on may use it
 * @param validUntil it is claimed and used before then (exclusive)
 * @param productId only for bills of this product; {@code null} for any
 * @param providerId only for bills of this provider; {@code null} for any
 * @param userClass only for orders of this user class; {@code null} for any
 * @param maxRedemptions how many claims it allows in all (1: single use); {@code null} for no limit
 * @param perUserLimit how many claims one user may make
 * @param redeemedCount how many claims were made
 */
public record Coupon(String couponId, String code, CouponKind kind, Long amountFen, Integer percentBasisPoints,
    Long capFen, Meter meter, BigDecimal quantity, Instant validFrom, Instant validUntil, String productId,
    String providerId, UserClass userClass, Stacking stacking, Integer maxRedemptions, int perUserLimit,
    int redeemedCount, Status status, String createdBy, Instant createdAt, Instant revokedAt) {

  /** Whether it may be claimed or used. */
  public enum Status {
    ACTIVE,
    /** Withdrawn by an operator: no more claims, and unused claims no longer apply. */
    REVOKED
  }

  /** Whether a bill issued at {@code at} may use it. */
  boolean validAt(Instant at) {
    return status == Status.ACTIVE && !at.isBefore(validFrom) && at.isBefore(validUntil);
  }

  /** Whether a bill of this product, provider and user class is within the coupon's scope. */
  boolean covers(String billProductId, String billProviderId, UserClass orderClass) {
    return (productId == null || productId.equals(billProductId))
        && (providerId == null || providerId.equals(billProviderId))
        && (userClass == null || userClass == orderClass);
  }
}
