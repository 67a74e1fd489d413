package io.computility.hub.workers.billing.coupon;

import java.time.Instant;

/**
 * A user's claim of a coupon: one use of it, on the bill of one order.
 *
 * @param orderId the order whose bill used it; {@code null} while unused
 * @param consumedAt when that bill was issued; {@code null} while unused
 */
public record Redemption(String redemptionId, Coupon coupon, String consumerId, Instant claimedAt, String orderId,
    Instant consumedAt) {
}
