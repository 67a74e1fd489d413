package io.computility.hub.workers.billing;

/**
 * What settling an order's bill did.
 *
 * @param collectedFen collected for the bill: captured from the hold plus charged from the wallet (prepaid), or
 *     posted to the postpaid account
 * @param providerShareFen of it, owed to the provider
 * @param platformFeeFen of it, the platform's fee
 * @param unpaidFen what a prepaid wallet could not cover
 */
public record SettlementOutcome(String billId, Bill.Status status, long collectedFen, long providerShareFen,
    long platformFeeFen, long unpaidFen) {

  static SettlementOutcome of(Bill bill) {
    return new SettlementOutcome(bill.billId(), bill.status(), bill.collectedFen(), bill.providerShareFen(),
        bill.platformFeeFen(), bill.unpaidFen());
  }
}
