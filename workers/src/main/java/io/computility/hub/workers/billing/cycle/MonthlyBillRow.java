package io.computility.hub.workers.billing.cycle;

import io.computility.hub.workers.billing.Project;
import java.time.Instant;
import java.util.List;

/** A monthly bill as stored in {@code billing_monthly_bill}. */
record MonthlyBillRow(String monthlyBillId, String accountId, String period, String currency, long totalFen,
    long creditFen, MonthlyBill.Status status, String disputeReason, Instant createdAt, Instant issuedAt,
    Instant dueAt, Instant remindedAt, Instant paidAt, Instant settledAt, Grouping billGrouping, String projectCode,
    String projectName) {

  MonthlyBill with(List<MonthlyBill.Item> items, List<MonthlyBill.CreditNote> creditNotes) {
    return new MonthlyBill(monthlyBillId, accountId, period, currency, totalFen, creditFen, status, disputeReason,
        createdAt, issuedAt, dueAt, remindedAt, paidAt, settledAt, billGrouping,
        Project.of(projectCode, projectName), items, creditNotes);
  }

  /** An order's bill on a monthly bill as stored in {@code billing_monthly_bill_item}. */
  record Item(String billId, String orderId, String providerId, long amountFen, String projectCode,
      String projectName) {

    static Item of(OrderCharge charge) {
      return new Item(charge.billId(), charge.orderId(), charge.providerId(), charge.amountFen(),
          charge.projectCode(), charge.projectName());
    }

    MonthlyBill.Item toItem() {
      return new MonthlyBill.Item(billId, orderId, providerId, amountFen, Project.of(projectCode, projectName));
    }
  }

  /** An item as read for several monthly bills at once: with the bill it is on. */
  record ItemOf(String monthlyBillId, String billId, String orderId, String providerId, long amountFen,
      String projectCode, String projectName) {

    MonthlyBill.Item toItem() {
      return new Item(billId, orderId, providerId, amountFen, projectCode, projectName).toItem();
    }
  }
}
