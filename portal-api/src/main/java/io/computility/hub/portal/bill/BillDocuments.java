package io.computility.hub.portal.bill;

import io.computility.hub.workers.billing.Bill;
import io.computility.hub.workers.billing.BillLine;
import io.computility.hub.workers.billing.Bills;
import io.computility.hub.workers.billing.cycle.BillingCycleProperties;
import io.computility.hub.workers.billing.cycle.MonthlyBill;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Lays out per-order and monthly bills for print in the reader's language ({@code portal.bill.pdf.*} labels, the
 * workers' {@code billing.line.*} reasons). Amounts are shown in yuan with two decimals, exactly the fen stored;
 * dates and months in the billing cycle's zone.
 */
@Component
class BillDocuments {

  private static final String LABEL = "portal.bill.pdf.";
  private static final List<Float> LINE_WIDTHS = List.of(0.17f, 0.14f, 0.1f, 0.08f, 0.07f, 0.1f, 0.1f, 0.24f);
  private static final List<Boolean> LINE_NUMERIC = List.of(false, false, false, true, false, true, true, false);
  private static final List<Float> NOTE_WIDTHS = List.of(0.2f, 0.18f, 0.35f, 0.15f, 0.12f);
  private static final List<Boolean> NOTE_NUMERIC = List.of(false, false, false, false, true);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final Bills bills;
  private final MessageSource messages;
  private final BillingCycleProperties cycle;

  BillDocuments(Bills bills, MessageSource messages, BillingCycleProperties cycle) {
    this.bills = bills;
    this.messages = messages;
    this.cycle = cycle;
  }

  /** An order's bill: its lines and total. */
  BillDocument of(Bill bill, Locale locale) {
    Labels labels = new Labels(locale);
    List<BillDocument.Field> header = List.of(
        labels.field("account", bill.consumerId()),
        labels.field("period", YearMonth.from(bill.issuedAt().atZone(cycle.zone())).toString()),
        labels.field("number", bill.billId()),
        labels.field("status", labels.status(bill.status().name())),
        labels.field("order", bill.orderId()),
        labels.field("product", bill.productId()),
        labels.field("issuedAt", date(bill.issuedAt())),
        labels.field("currency", bill.currency()));
    List<List<String>> rows = new ArrayList<>();
    addLines(rows, bill, bill.orderId(), labels);
    return new BillDocument(labels.get("title.order"), header, lineTable(rows, labels),
        List.of(labels.field("total", yuan(bill.totalFen()))), null);
  }

  /** A monthly bill: the lines of every order bill on it, totals net of credit notes, and the notes. */
  BillDocument of(MonthlyBill bill, Locale locale) {
    Labels labels = new Labels(locale);
    List<BillDocument.Field> header = List.of(
        labels.field("account", bill.accountId()),
        labels.field("period", bill.period()),
        labels.field("number", bill.monthlyBillId()),
        labels.field("status", labels.status(bill.status().name())),
        labels.field("issuedAt", date(bill.issuedAt())),
        labels.field("dueAt", date(bill.dueAt())),
        labels.field("currency", bill.currency()));
    List<List<String>> rows = new ArrayList<>();
    for (MonthlyBill.Item item : bill.items()) {
      addLines(rows, bills.find(item.billId()), item.orderId(), labels);
    }
    List<List<String>> notes = bill.creditNotes().stream().map(note -> List.of(note.creditNoteId(),
        orderOf(bill, note.billId()), note.reason(), date(note.issuedAt()), yuan(note.amountFen()))).toList();
    BillDocument.Table noteTable = new BillDocument.Table(labels.get("creditNotes"),
        labels.all("creditNote", "order", "reason", "issuedAt", "amount"), NOTE_WIDTHS, NOTE_NUMERIC, notes,
        labels.get("none"));
    return new BillDocument(labels.get("title.monthly"), header, lineTable(rows, labels),
        List.of(labels.field("total", yuan(bill.totalFen())), labels.field("credit", yuan(bill.creditFen())),
            labels.field("payable", yuan(bill.payableFen()))),
        noteTable);
  }

  private void addLines(List<List<String>> rows, Bill bill, String orderId, Labels labels) {
    for (BillLine line : bill.lines()) {
      rows.add(List.of(orderId, bill.productId(), line.meter() == null ? "" : line.meter().name(),
          line.quantity().stripTrailingZeros().toPlainString(), line.unit() == null ? "" : line.unit(),
          yuan(line.unitPriceFen()), yuan(line.amountFen()),
          messages.getMessage(line.reasonCode(), new Object[] {line.reference()}, labels.locale())));
    }
  }

  private static BillDocument.Table lineTable(List<List<String>> rows, Labels labels) {
    return new BillDocument.Table(labels.get("lines"), labels.all("order", "product", "meter", "quantity", "unit",
        "unitPrice", "amount", "reason"), LINE_WIDTHS, LINE_NUMERIC, rows, labels.get("none"));
  }

  private static String orderOf(MonthlyBill bill, String billId) {
    return bill.items().stream().filter(item -> item.billId().equals(billId)).map(MonthlyBill.Item::orderId)
        .findFirst().orElse("");
  }

  /** Fen as yuan with two decimals: 123456 → 1234.56. */
  static String yuan(long fen) {
    return BigDecimal.valueOf(fen, 2).toPlainString();
  }

  private String date(Instant at) {
    return at == null ? "—" : DATE.format(at.atZone(cycle.zone()));
  }

  /** The labels of one language. */
  private final class Labels {

    private final Locale locale;

    Labels(Locale locale) {
      this.locale = locale;
    }

    Locale locale() {
      return locale;
    }

    String get(String key) {
      return messages.getMessage(LABEL + key, null, locale);
    }

    List<String> all(String... keys) {
      return List.of(keys).stream().map(this::get).toList();
    }

    BillDocument.Field field(String key, String value) {
      return new BillDocument.Field(get(key), value);
    }

    String status(String status) {
      return messages.getMessage("portal.bill.status." + status, null, status, locale);
    }
  }
}
