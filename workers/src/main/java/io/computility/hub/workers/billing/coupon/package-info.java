/**
 * Coupons and discounts (O-8.4 b): {@link io.computility.hub.workers.billing.coupon.Coupons} issues, revokes and
 * lets users claim coupons (fixed amount, percentage with a cap, usage allowance; validity window; product,
 * provider and user-class scope; exclusive or stackable; single or multi use; per-user limits);
 * {@link io.computility.hub.workers.billing.coupon.CouponDiscounts} applies them at rating as
 * {@code DISCOUNT} bill lines naming the coupon (stacking and order: {@code CouponApplication}) and consumes the
 * claims in the transaction that issues the bill, exactly once per order.
 */
package io.computility.hub.workers.billing.coupon;
