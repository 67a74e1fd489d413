package io.computility.hub.workers.billing;

import java.time.Instant;
import java.util.List;

/**
 * The bill of one order: its usage lines at one plan version, and what became of the money.
 *
 * @param consumerId the account that pays
 * @param providerId the provider that delivered
 * @param planVersion the version of the product's price plan the lines were rated with
 * @param totalFen the sum of the lines
 * @param paymentMode how it was paid; {@code null} until it is
 * @param collectedFen what was collected for it: captured from the hold and charged from the wallet (prepaid), or
 *     posted to the postpaid account
 * @param unpaidFen what a prepaid wallet could not cover; still owed
 * @param providerShareFen of the collected money, what the provider is owed
 * @param platformFeeFen of the collected money, the platform's fee
 * @param project the consumer's project the order belongs to; {@code null} for none
 */
public record Bill(String billId, String orderId, String consumerId, String providerId, String productId,
    int planVersion, String currency, long totalFen, Status status, PaymentMode paymentMode, long collectedFen,
    long unpaidFen, long providerShareFen, long platformFeeFen, Instant issuedAt, Instant paidAt, Instant settledAt,
    Project project, List<BillLine> lines) {

  public Bill {
    lines = List.copyOf(lines);
  }

  /**
   * Where a bill is in its life. Later kinds of bills (drafts of monthly statements, disputes, adjustments) add
   * states of their own.
   */
  public enum Status {
    /** Rated and final; nothing collected yet. */
    ISSUED,
    /** Collected (the whole total, or what a prepaid wallet allowed: see {@code unpaidFen}), not yet split. */
    PAID,
    /** The whole total collected and split between provider and platform. */
    SETTLED,
    /** Settled as far as the wallet allowed: what was collected is split, {@code unpaidFen} is still owed. */
    PARTLY_PAID
  }
}
