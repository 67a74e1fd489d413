package io.computility.hub.workers.billing;

import java.util.List;

/**
 * The port through which coupons reduce a bill (implemented by {@code billing.coupon}): rating asks for the
 * discounts of an order, and the bill consumes them in the transaction that issues it.
 */
public interface Discounts {

  /**
   * {@code rated} with the consumer's applicable coupons as {@link BillLine.Kind#DISCOUNT} lines after its lines,
   * never making the total negative; what is already consumed by this order counts again (a retry).
   *
   * @param userClass the buyer's user class, for coupons scoped to one; {@code null} when unknown
   */
  DiscountedUsage discount(String consumerId, String providerId, UserClass userClass, RatedUsage rated);

  /**
   * Consumes the redemptions for the order: done in the transaction that issues the order's bill, idempotent per
   * order.
   *
   * @throws RedemptionTaken when one of them was consumed by another order meanwhile; rate again
   */
  void consume(String consumerId, String orderId, List<String> redemptionIds);

  /**
   * An order's rated usage after coupons.
   *
   * @param redemptionIds the redemptions the discount lines use, to consume when the bill is issued
   */
  record DiscountedUsage(RatedUsage rated, List<String> redemptionIds) {

    public DiscountedUsage {
      redemptionIds = List.copyOf(redemptionIds);
    }
  }

  /** A redemption was consumed by another order's bill meanwhile. */
  final class RedemptionTaken extends RuntimeException {

    public RedemptionTaken(String redemptionId) {
      super("Redemption '" + redemptionId + "' was consumed by another order");
    }
  }
}
