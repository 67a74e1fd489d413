package io.computility.hub.workers.billing;

import org.springframework.stereotype.Component;

/**
 * An order's bill itemised as CSV (RFC 4180, UTF-8): every line with its kind, meter, quantity, unit price, amount
 * and reference (a tier's bound, the service level, a coupon's code), then the total. The line amounts sum to it.
 */
@Component
public class BillCsv {

  static final String HEADER = "bill_id,order_id,consumer_id,product_id,plan_version,line_no,kind,meter,quantity,"
      + "unit,unit_price_fen,amount_fen,reference";

  /** The CSV of {@code bill}, as read with its lines. */
  public String export(Bill bill) {
    String prefix = String.join(",", escape(bill.billId()), escape(bill.orderId()), escape(bill.consumerId()),
        escape(bill.productId()), String.valueOf(bill.planVersion()));
    StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
    for (BillLine line : bill.lines()) {
      csv.append(String.join(",", prefix, String.valueOf(line.lineNo()), line.kind().name(),
          line.meter() == null ? "" : line.meter().name(), line.quantity().toPlainString(), escape(line.unit()),
          String.valueOf(line.unitPriceFen()), String.valueOf(line.amountFen()), escape(line.reference())))
          .append("\r\n");
    }
    csv.append(String.join(",", prefix, "", "TOTAL", "", "", "", "", String.valueOf(bill.totalFen()), ""))
        .append("\r\n");
    return csv.toString();
  }

  /** Quotes a field when it holds a separator, a quote or a line break; {@code null} is empty. */
  public static String escape(String field) {
    if (field == null) {
      return "";
    }
    if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
      return "\"" + field.replace("\"", "\"\"") + "\"";
    }
    return field;
  }
}
