package io.computility.hub.portal.bill;

import io.computility.hub.portal.Paged;
import io.computility.hub.portal.web.Caller;
import io.computility.hub.portal.web.PageQuery;
import io.computility.hub.portal.web.PortalProblem;
import io.computility.hub.workers.billing.Bill;
import io.computility.hub.workers.billing.BillCsv;
import io.computility.hub.workers.billing.BillPage;
import io.computility.hub.workers.billing.BillingProblem;
import io.computility.hub.workers.billing.Bills;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bills of orders, with their lines, over the workers' {@link Bills}: list (by status, or the bill of one order
 * with {@code ?order=}), detail and itemised CSV and PDF. A consumer sees its own bills only (others' ids answer
 * 404, as unknown ones do); an OPERATOR sees everyone's and may narrow a list with {@code ?consumer=}.
 */
@RestController
@RequestMapping("/api/v1/bills")
class BillController {

  private final Bills bills;
  private final BillDocuments documents;
  private final BillPdf pdf;
  private final BillCsv csv;

  BillController(Bills bills, BillDocuments documents, BillPdf pdf, BillCsv csv) {
    this.bills = bills;
    this.csv = csv;
    this.documents = documents;
    this.pdf = pdf;
  }

  @GetMapping
  Paged<Bill> list(@RequestParam(required = false) Bill.Status status,
      @RequestParam(required = false) String order, @RequestParam(required = false) String consumer,
      PageQuery page, Caller caller) {
    String owner = caller.ownerFilter(consumer);
    if (order != null && !order.isBlank()) {
      // one bill per order at most
      return page.slice(bills.forOrder(order)
          .filter(bill -> owner == null || owner.equals(bill.consumerId()))
          .filter(bill -> status == null || bill.status() == status)
          .stream().toList());
    }
    BillPage found = bills.list(owner, status, page.page(), page.size());
    return page.paged(found.items(), found.total());
  }

  @GetMapping("/{billId}")
  Bill detail(@PathVariable String billId, Caller caller) {
    return visible(billId, caller).orElseThrow(() -> new PortalProblem.NotFound("bill", billId));
  }

  /** Every line with its meter, quantity, unit price, amount and reference, then the total, at the fen. */
  @GetMapping("/{billId}/csv")
  ResponseEntity<byte[]> csv(@PathVariable String billId, Caller caller) {
    Bill bill = detail(billId, caller);
    return BillDownloads.csv("bill-" + bill.billId(), csv.export(bill).getBytes(StandardCharsets.UTF_8));
  }

  /** The itemised PDF, labelled in the language of {@code Accept-Language}. */
  @GetMapping("/{billId}/pdf")
  ResponseEntity<byte[]> pdf(@PathVariable String billId, Caller caller, Locale locale) {
    Bill bill = detail(billId, caller);
    return BillDownloads.pdf("bill-" + bill.billId(), pdf.render(documents.of(bill, locale)));
  }

  /** The bill if the caller may see it; an unknown id and someone else's bill look alike. */
  private Optional<Bill> visible(String billId, Caller caller) {
    try {
      return Optional.of(bills.find(billId)).filter(bill -> caller.maySee(bill.consumerId()));
    } catch (BillingProblem.UnknownBill unknown) {
      return Optional.empty();
    }
  }
}
