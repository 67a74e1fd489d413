package io.computility.hub.workers.billing.cycle;

import java.time.Instant;
import java.util.List;

/** A monthly bill as stored in {@code billing_monthly_bill}. */
record MonthlyBillRow(String monthlyBillId, String accountId, String period, String currency, long totalFen,
    long creditFen, MonthlyBill.Status status, String disputeReason, Instant createdAt, Instant issuedAt,
    Instant dueAt, Instant remindedAt, Instant paidAt, Instant settledAt) {

  MonthlyBill with(List<MonthlyBill.Item> items, List<MonthlyBill.CreditNote> creditNotes) {
    return new MonthlyBill(monthlyBillId, accountId, period, currency, totalFen, creditFen, status, disputeReason,
        createdAt, issuedAt, dueAt, remindedAt, paidAt, settledAt, items, creditNotes);
  }
}
