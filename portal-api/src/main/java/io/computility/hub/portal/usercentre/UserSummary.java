package io.computility.hub.portal.usercentre;

import io.computility.hub.portal.order.OrderStatus;
import java.time.Instant;
import java.util.Map;

/**
 * The user centre's overview of one account (O-8.2).
 *
 * @param account the account (the caller)
 * @param balance the prepaid wallet and what postpaid charges are still owed
 * @param activeOrders orders that have not ended yet
 * @param unpaidBills bills with money still to collect
 * @param coupons claimed coupons the next bills may still use
 * @param openWorkOrders work orders not closed yet
 */
public record UserSummary(String account, Balance balance, ActiveOrders activeOrders, UnpaidBills unpaidBills,
    UsableCoupons coupons, long openWorkOrders) {

  /**
   * @param availableFen what the wallet can spend
   * @param heldFen what is held for orders under way
   * @param outstandingFen postpaid charges not yet paid
   * @param currency ISO 4217
   */
  public record Balance(long availableFen, long heldFen, long outstandingFen, String currency) {
  }

  /**
   * @param total all active orders
   * @param byStatus how many in each active status (statuses without orders left out)
   */
  public record ActiveOrders(long total, Map<OrderStatus, Long> byStatus) {

    public ActiveOrders {
      byStatus = Map.copyOf(byStatus);
    }
  }

  /**
   * @param count bills issued and not (wholly) paid
   * @param amountFen what is still to pay on them
   */
  public record UnpaidBills(long count, long amountFen) {
  }

  /**
   * @param count claimed, unused, active and unexpired coupons
   * @param nextExpiry when the first of them expires; {@code null} when there are none
   */
  public record UsableCoupons(long count, Instant nextExpiry) {
  }
}
