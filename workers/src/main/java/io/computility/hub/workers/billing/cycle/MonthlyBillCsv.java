package io.computility.hub.workers.billing.cycle;

import static io.computility.hub.workers.billing.BillCsv.escape;

import io.computility.hub.workers.billing.Bill;
import io.computility.hub.workers.billing.BillLine;
import io.computility.hub.workers.billing.Bills;
import org.springframework.stereotype.Component;

/**
 * A monthly bill itemised as CSV (RFC 4180, UTF-8): every usage line of every order bill on it, then the credit
 * notes as negative lines, then the total, the credit and what is payable. The amounts add up: the usage lines
 * sum to {@code total}, the credit-note lines to {@code credit}.
 */
@Component
public class MonthlyBillCsv {

  static final String HEADER =
      "monthly_bill_id,period,account_id,order_id,bill_id,line_no,kind,meter,quantity,unit,unit_price_fen,amount_fen";

  private final MonthlyBills monthlyBills;
  private final Bills bills;

  MonthlyBillCsv(MonthlyBills monthlyBills, Bills bills) {
    this.monthlyBills = monthlyBills;
    this.bills = bills;
  }

  /** The CSV of monthly bill {@code id}. */
  public String export(String id) {
    return export(monthlyBills.find(id));
  }

  /** The CSV of {@code bill}, as read with its items and credit notes. */
  public String export(MonthlyBill bill) {
    StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
    String prefix = String.join(",", escape(bill.monthlyBillId()), bill.period(), escape(bill.accountId()));
    for (MonthlyBill.Item item : bill.items()) {
      Bill orderBill = bills.find(item.billId());
      for (BillLine line : orderBill.lines()) {
        csv.append(String.join(",", prefix, escape(item.orderId()), item.billId(), String.valueOf(line.lineNo()),
            line.kind().name(), line.meter() == null ? "" : line.meter().name(), line.quantity().toPlainString(),
            escape(line.unit()),
            String.valueOf(line.unitPriceFen()), String.valueOf(line.amountFen()))).append("\r\n");
      }
    }
    int creditNo = 0;
    for (MonthlyBill.CreditNote note : bill.creditNotes()) {
      String orderId = bill.items().stream().filter(item -> item.billId().equals(note.billId()))
          .map(MonthlyBill.Item::orderId).findFirst().orElse("");
      csv.append(String.join(",", prefix, escape(orderId), note.billId(), String.valueOf(++creditNo),
          "CREDIT_NOTE", escape(note.reason()), "", "", "", String.valueOf(note.amountFen()))).append("\r\n");
    }
    csv.append(summary(prefix, "TOTAL", bill.totalFen()));
    csv.append(summary(prefix, "CREDIT", bill.creditFen()));
    csv.append(summary(prefix, "PAYABLE", bill.payableFen()));
    return csv.toString();
  }

  private static String summary(String prefix, String kind, long amountFen) {
    return String.join(",", prefix, "", "", "", kind, "", "", "", "", String.valueOf(amountFen)) + "\r\n";
  }
}
