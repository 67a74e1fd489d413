package io.computility.hub.portal.usercentre;

import io.computility.hub.portal.order.OrderStatus;
import io.computility.hub.portal.order.Orders;
import io.computility.hub.portal.workorder.WorkOrders;
import io.computility.hub.workers.billing.Bill;
import io.computility.hub.workers.billing.BillPage;
import io.computility.hub.workers.billing.Bills;
import io.computility.hub.workers.billing.coupon.Coupon;
import io.computility.hub.workers.billing.coupon.Coupons;
import io.computility.hub.workers.billing.coupon.Redemption;
import io.computility.hub.workers.wallet.WalletBalance;
import io.computility.hub.workers.wallet.Wallets;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Gathers an account's overview from the modules that own each part: the wallet ({@link Wallets}), orders
 * ({@link Orders}), bills ({@link Bills}), coupons ({@link Coupons}) and work orders ({@link WorkOrders}).
 */
@Service
public class UserCentre {

  private static final int BILL_PAGE = 200;
  /** From the confirmed offer until the resources are given back; billed orders are the bills' part. */
  private static final List<OrderStatus> ACTIVE_ORDERS = List.of(OrderStatus.CREATED,
      OrderStatus.PAYMENT_AUTHORISED, OrderStatus.PROVISIONING, OrderStatus.RUNNING, OrderStatus.RELEASING);

  private final Wallets wallets;
  private final Orders orders;
  private final Bills bills;
  private final Coupons coupons;
  private final WorkOrders workOrders;
  private final Clock clock;

  UserCentre(Wallets wallets, Orders orders, Bills bills, Coupons coupons, WorkOrders workOrders, Clock clock) {
    this.wallets = wallets;
    this.orders = orders;
    this.bills = bills;
    this.coupons = coupons;
    this.workOrders = workOrders;
    this.clock = clock;
  }

  /** The overview of {@code account}. */
  public UserSummary summary(String account) {
    WalletBalance wallet = wallets.balance(account);
    UserSummary.Balance balance = new UserSummary.Balance(wallet.available(), wallet.held(),
        wallets.outstanding(account), wallet.currency());
    return new UserSummary(account, balance, activeOrders(account), unpaidBills(account), usableCoupons(account),
        workOrders.countUnclosed(account));
  }

  private UserSummary.ActiveOrders activeOrders(String account) {
    Map<OrderStatus, Long> byStatus = new EnumMap<>(OrderStatus.class);
    long total = 0;
    for (OrderStatus status : ACTIVE_ORDERS) {
      long count = orders.list(account, status, 0, 1).total();
      if (count > 0) {
        byStatus.put(status, count);
        total += count;
      }
    }
    return new UserSummary.ActiveOrders(total, byStatus);
  }

  /** Issued bills (nothing collected yet) and those a short wallet could pay only in part. */
  private UserSummary.UnpaidBills unpaidBills(String account) {
    long count = 0;
    long amount = 0;
    for (Bill.Status status : new Bill.Status[] {Bill.Status.ISSUED, Bill.Status.PARTLY_PAID}) {
      BillPage page;
      int number = 0;
      do {
        page = bills.list(account, status, number++, BILL_PAGE);
        for (Bill bill : page.items()) {
          long unpaid = status == Bill.Status.ISSUED ? bill.totalFen() - bill.collectedFen() : bill.unpaidFen();
          if (unpaid > 0) {
            count++;
            amount += unpaid;
          }
        }
      } while ((long) number * BILL_PAGE < page.total());
    }
    return new UserSummary.UnpaidBills(count, amount);
  }

  /** Claimed coupons not used by a bill yet, still active and within their validity. */
  private UserSummary.UsableCoupons usableCoupons(String account) {
    Instant now = clock.instant();
    List<Coupon> usable = coupons.claimsOf(account).stream()
        .filter(claim -> claim.orderId() == null)
        .map(Redemption::coupon)
        .filter(coupon -> coupon.status() == Coupon.Status.ACTIVE && now.isBefore(coupon.validUntil()))
        .toList();
    Instant nextExpiry = usable.stream().map(Coupon::validUntil).min(Comparator.naturalOrder()).orElse(null);
    return new UserSummary.UsableCoupons(usable.size(), nextExpiry);
  }
}
