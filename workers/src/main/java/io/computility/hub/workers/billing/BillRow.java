package io.computility.hub.workers.billing;

import java.time.Instant;
import java.util.List;

/** A bill as stored in {@code billing_bill}, without its lines. */
record BillRow(String billId, String orderId, String consumerId, String providerId, String productId,
    int planVersion, String currency, long totalFen, Bill.Status status, PaymentMode paymentMode, long collectedFen,
    long unpaidFen, long providerShareFen, long platformFeeFen, Instant issuedAt, Instant paidAt, Instant settledAt,
    String projectCode, String projectName) {

  Bill with(List<BillLine> lines) {
    return new Bill(billId, orderId, consumerId, providerId, productId, planVersion, currency, totalFen, status,
        paymentMode, collectedFen, unpaidFen, providerShareFen, platformFeeFen, issuedAt, paidAt, settledAt,
        Project.of(projectCode, projectName), lines);
  }
}
