package io.computility.hub.workers.billing.cycle;

import java.time.Instant;

/**
 * A postpaid order's bill, as a charge to put on a monthly bill.
 *
 * @param billId the order's bill ({@code billing_bill})
 * @param amountFen its total
 */
public record OrderCharge(String billId, String orderId, String accountId, String providerId, long amountFen,
    Instant issuedAt) {
}
