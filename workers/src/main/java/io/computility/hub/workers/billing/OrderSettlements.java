package io.computility.hub.workers.billing;

import io.computility.hub.workers.wallet.Hold;
import io.computility.hub.workers.wallet.Settlement;
import io.computility.hub.workers.wallet.WalletProblem;
import io.computility.hub.workers.wallet.Wallets;
import org.springframework.stereotype.Service;

/**
 * Settles an order's bill: collects its total, then splits what was collected between provider and platform.
 *
 * <h2>Collection</h2>
 * <ul>
 *   <li><b>Prepaid</b>: capture min(total, hold) from the order's hold (the rest of the hold returns to the wallet);
 *       usage beyond the hold is charged from the wallet's available balance, never below zero. What the wallet
 *       cannot cover stays on the bill as {@code unpaidFen} and the bill ends {@code PARTLY_PAID}. A hold that is
 *       no longer active (it expired, so its money is back in the wallet) counts as no hold.</li>
 *   <li><b>Postpaid</b>: the total is posted to the customer's postpaid account (what it owes). The provider's
 *       share is settled at once, from the hub's clearing, not when the customer pays: the platform carries the
 *       credit risk until periodic statements come.</li>
 * </ul>
 * <h2>Split</h2>
 * {@link Wallets#settle} with {@code hub.billing.platform-fee-basis-points}: the fee rounded half-up to the fen,
 * the provider's share the rest.
 *
 * <p>Idempotent per order: every movement carries a key derived from the order id, and the bill records each
 * finished stage, so a retry after any failure finishes the job without moving any money twice.
 */
@Service
public class OrderSettlements {

  private final Bills bills;
  private final Wallets wallets;
  private final PostpaidAccounts postpaid;
  private final BillingProperties properties;

  OrderSettlements(Bills bills, Wallets wallets, PostpaidAccounts postpaid, BillingProperties properties) {
    this.bills = bills;
    this.wallets = wallets;
    this.postpaid = postpaid;
    this.properties = properties;
  }

  /**
   * Settles {@code billId}, the bill of {@code orderId}.
   *
   * @param holdId the order's prepaid hold; {@code null} when there is none (postpaid, or nothing was held)
   * @throws BillingProblem.Invalid when the bill is not the order's or the consumer or provider differ from it
   */
  public SettlementOutcome settle(String orderId, String billId, PaymentMode mode, String holdId, String consumerId,
      String providerId) {
    Bill bill = bills.find(billId);
    if (!bill.orderId().equals(orderId)) {
      throw new BillingProblem.Invalid("billId", billId);
    }
    if (!bill.consumerId().equals(consumerId)) {
      throw new BillingProblem.Invalid("consumerId", consumerId);
    }
    if (!bill.providerId().equals(providerId)) {
      throw new BillingProblem.Invalid("providerId", providerId);
    }
    if (bill.status() == Bill.Status.ISSUED) {
      collect(bill, mode, holdId);
      bill = bills.find(billId);
    }
    if (bill.status() == Bill.Status.PAID) {
      Settlement split = wallets.settle(orderId, bill.providerId(), bill.collectedFen(),
          properties.platformFeeBasisPoints(), "settle:" + orderId);
      bills.markSettled(billId, split.providerShare(), split.platformFee());
      bill = bills.find(billId);
    }
    return SettlementOutcome.of(bill);
  }

  private void collect(Bill bill, PaymentMode mode, String holdId) {
    String orderId = bill.orderId();
    long total = bill.totalFen();
    if (mode == PaymentMode.POSTPAID) {
      if (total > 0) {
        postpaid.post(bill.consumerId(), total, orderId, "post:" + orderId);
      }
      bills.markPaid(bill.billId(), mode, total, 0);
      return;
    }
    long captured = holdId == null ? 0 : capture(bill, holdId, total);
    long charged = total > captured
        ? wallets.charge(bill.consumerId(), total - captured, orderId, "charge:" + orderId).amount()
        : 0;
    bills.markPaid(bill.billId(), mode, captured + charged, total - captured - charged);
  }

  /**
   * Captures up to {@code total} from the hold. A hold found closed was either captured by a concurrent settlement
   * of this order (only settlement captures an order's hold) — then that capture counts — or voided or expired,
   * its money back in the wallet: 0.
   */
  private long capture(Bill bill, String holdId, long total) {
    Hold hold = wallets.hold(holdId);
    if (!hold.owner().equals(bill.consumerId())) {
      throw new BillingProblem.Invalid("holdId", holdId);
    }
    try {
      return wallets.capture(holdId, Math.min(total, hold.amount()), "capture:" + bill.orderId()).amount();
    } catch (WalletProblem closed) {
      if (!"HOLD_CLOSED".equals(closed.code())) {
        throw closed;
      }
      Hold now = wallets.hold(holdId);
      return now.status() == Hold.Status.CAPTURED ? now.capturedAmount() : 0;
    }
  }
}
