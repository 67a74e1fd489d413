package io.computility.hub.workers.billing.cycle;

import io.computility.hub.workers.billing.Project;
import java.time.Instant;
import java.util.List;

/**
 * A postpaid account's bill for a month: the order bills it gathers and the credit notes against it.
 *
 * @param period the month, {@code yyyy-MM}
 * @param totalFen the sum of the items
 * @param creditFen the sum of the credit notes, negative or 0
 * @param dueAt when it must be paid; {@code null} until issued
 * @param grouping how the account's orders of the month were put on bills; {@code null} for bills drafted before
 *     it was kept
 * @param project with grouping {@code SPLIT_BY_PROJECT}, the project whose orders the bill gathers; {@code null}
 *     there for the bill of the orders of no project ("no project / 未分配项目"), and for other groupings
 */
public record MonthlyBill(String monthlyBillId, String accountId, String period, String currency, long totalFen,
    long creditFen, Status status, String disputeReason, Instant createdAt, Instant issuedAt, Instant dueAt,
    Instant remindedAt, Instant paidAt, Instant settledAt, Grouping grouping, Project project, List<Item> items,
    List<CreditNote> creditNotes) {

  public MonthlyBill {
    items = List.copyOf(items);
    creditNotes = List.copyOf(creditNotes);
  }

  /** What is to be paid: the total net of the credit notes. */
  public long payableFen() {
    return totalFen + creditFen;
  }

  /** Where a monthly bill is in its life. */
  public enum Status {
    /** Gathered, not yet sent to the account. */
    DRAFT,
    /** Sent; waiting for payment until its due date (and after, with a reminder). */
    ISSUED,
    /** The account contests it; an operator decides on a credit note. */
    DISPUTED,
    /** A credit note was issued against it; payable net of it. */
    ADJUSTED,
    /** Paid from the wallet. */
    PAID,
    /** Paid and every order bill on it settled with its provider: closed. */
    SETTLED
  }

  /**
   * One order's bill on the monthly bill.
   *
   * @param project the consumer's project the order belongs to, {@code null} for none
   */
  public record Item(String billId, String orderId, String providerId, long amountFen, Project project) {
  }

  /**
   * A negative adjustment of the monthly bill against one of its order bills.
   *
   * @param amountFen negative
   */
  public record CreditNote(String creditNoteId, String monthlyBillId, String billId, long amountFen, String reason,
      String issuedBy, Instant issuedAt) {
  }
}
