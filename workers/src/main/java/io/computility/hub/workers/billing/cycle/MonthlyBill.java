package io.computility.hub.workers.billing.cycle;

import java.time.Instant;
import java.util.List;

/**
 * A postpaid account's bill for a month: the order bills it gathers and the credit notes against it.
 *
 * @param period the month, {@code yyyy-MM}
 * @param totalFen the sum of the items
 * @param creditFen the sum of the credit notes, negative or 0
 * @param dueAt when it must be paid; {@code null} until issued
 */
public record MonthlyBill(String monthlyBillId, String accountId, String period, String currency, long totalFen,
    long creditFen, Status status, String disputeReason, Instant createdAt, Instant issuedAt, Instant dueAt,
    Instant remindedAt, Instant paidAt, Instant settledAt, List<Item> items, List<CreditNote> creditNotes) {

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

  /** One order's bill on the monthly bill. */
  public record Item(String billId, String orderId, String providerId, long amountFen) {
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
