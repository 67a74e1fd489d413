package io.computility.hub.portal.bill;

import io.computility.hub.portal.Paged;
import io.computility.hub.portal.web.Caller;
import io.computility.hub.portal.web.PageQuery;
import io.computility.hub.portal.web.PortalProblem;
import io.computility.hub.workers.billing.cycle.CycleProblem;
import io.computility.hub.workers.billing.cycle.MonthlyBill;
import io.computility.hub.workers.billing.cycle.MonthlyBillCommands;
import io.computility.hub.workers.billing.cycle.MonthlyBillCsv;
import io.computility.hub.workers.billing.cycle.MonthlyBillSearch;
import io.computility.hub.workers.billing.cycle.MonthlyBills;
import io.computility.hub.workers.wallet.Wallets;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Monthly (postpaid) bills over the workers' {@link MonthlyBills}: list, detail with items and credit notes,
 * itemised CSV and PDF, payment from the wallet and dispute. A consumer sees its own bills only (others' ids answer
 * 404, as unknown ones do); an OPERATOR sees everyone's and may narrow a list with {@code ?account=}. State-changing
 * calls carry an {@code Idempotency-Key} (the portal's interceptor).
 */
@RestController
@RequestMapping("/api/v1/monthly-bills")
class MonthlyBillController {

  /** Where the bill's process waits for payment, so where a dispute can hold it. */
  private static final Set<MonthlyBill.Status> DISPUTABLE = EnumSet.of(MonthlyBill.Status.ISSUED,
      MonthlyBill.Status.ADJUSTED);

  private final MonthlyBills monthlyBills;
  private final MonthlyBillSearch search;
  private final MonthlyBillCommands commands;
  private final MonthlyBillCsv csv;
  private final BillDocuments documents;
  private final BillPdf pdf;
  private final Wallets wallets;

  MonthlyBillController(MonthlyBills monthlyBills, MonthlyBillSearch search, MonthlyBillCommands commands,
      MonthlyBillCsv csv, BillDocuments documents, BillPdf pdf, Wallets wallets) {
    this.monthlyBills = monthlyBills;
    this.search = search;
    this.commands = commands;
    this.csv = csv;
    this.documents = documents;
    this.pdf = pdf;
    this.wallets = wallets;
  }

  /** Bills newest period first, by {@code period} ({@code yyyy-MM}) and {@code status}. */
  @GetMapping
  Paged<MonthlyBill> list(@RequestParam(required = false) String period,
      @RequestParam(required = false) MonthlyBill.Status status, @RequestParam(required = false) String account,
      PageQuery page, Caller caller) {
    MonthlyBillSearch.Criteria criteria = new MonthlyBillSearch.Criteria(caller.ownerFilter(account),
        period == null || period.isBlank() ? null : MonthlyBills.period(period), status);
    return page.paged(search.find(criteria, page.offset(), page.size()), search.count(criteria));
  }

  @GetMapping("/{monthlyBillId}")
  MonthlyBill detail(@PathVariable String monthlyBillId, Caller caller) {
    return visible(monthlyBillId, caller);
  }

  /** Every usage line of every order bill on it, the credit notes and the totals, at the fen (RFC 4180, UTF-8). */
  @GetMapping("/{monthlyBillId}/csv")
  ResponseEntity<byte[]> csv(@PathVariable String monthlyBillId, Caller caller) {
    MonthlyBill bill = visible(monthlyBillId, caller);
    return BillDownloads.csv("monthly-bill-" + bill.period() + "-" + bill.monthlyBillId(),
        csv.export(bill).getBytes(StandardCharsets.UTF_8));
  }

  /** The itemised PDF, labelled in the language of {@code Accept-Language}. */
  @GetMapping("/{monthlyBillId}/pdf")
  ResponseEntity<byte[]> pdf(@PathVariable String monthlyBillId, Caller caller, Locale locale) {
    MonthlyBill bill = visible(monthlyBillId, caller);
    return BillDownloads.pdf("monthly-bill-" + bill.period() + "-" + bill.monthlyBillId(),
        pdf.render(documents.of(bill, locale)));
  }

  /**
   * Asks the bill's {@code monthly-bill} process to pay it from the account's wallet; the payment follows
   * asynchronously (poll the bill for PAID). A wallet that does not hold what is payable is refused at once.
   */
  @PostMapping("/{monthlyBillId}/payment")
  @ResponseStatus(HttpStatus.ACCEPTED)
  MonthlyBill pay(@PathVariable String monthlyBillId, Caller caller) {
    MonthlyBill bill = ownBill(monthlyBillId, caller);
    if (bill.paidAt() != null) {
      return bill;
    }
    wallets.requireAvailable(bill.accountId(), bill.payableFen());
    commands.requestPayment(bill.monthlyBillId());
    return monthlyBills.find(bill.monthlyBillId());
  }

  /**
   * The account formally disputes one order bill on the monthly bill: the bill becomes DISPUTED, its payment held,
   * and an OPERATOR decides in the bill's review task (Tasklist) on a credit note (→ ADJUSTED) or a rejection (→
   * payable as issued). 202: the dispute is recorded, the decision follows; the body is the DISPUTED bill.
   * Only while the bill waits for payment (ISSUED or ADJUSTED), else 409 naming {@code status}. A conversation
   * with support about a bill is a work order instead ({@code /api/v1/work-orders}, category BILL_DISPUTE).
   */
  @PostMapping("/{monthlyBillId}/disputes")
  @ResponseStatus(HttpStatus.ACCEPTED)
  MonthlyBill dispute(@PathVariable String monthlyBillId, @Valid @RequestBody Dispute request, Caller caller) {
    MonthlyBill bill = ownBill(monthlyBillId, caller);
    if (!DISPUTABLE.contains(bill.status())) {
      throw new MonthlyBillProblem.NotDisputable(monthlyBillId, bill.status());
    }
    MonthlyBill.Item item = disputedItem(bill, request.billId());
    try {
      return commands.dispute(monthlyBillId, item.billId(), request.message());
    } catch (CycleProblem.WrongStatus meanwhile) {
      // paid or disputed between the check above and the process receiving the dispute
      throw new MonthlyBillProblem.NotDisputable(monthlyBillId, monthlyBills.find(monthlyBillId).status());
    }
  }

  /**
   * A dispute of a monthly bill.
   *
   * @param billId the order bill on it that is contested; may be left out when the monthly bill has only one
   * @param message what is wrong, up to 500 characters (kept on the bill as its dispute reason)
   */
  record Dispute(@Size(max = 64) String billId, @NotBlank @Size(max = MonthlyBills.MAX_REASON) String message) {
  }

  private static MonthlyBill.Item disputedItem(MonthlyBill bill, String billId) {
    if (billId == null || billId.isBlank()) {
      if (bill.items().size() != 1) {
        throw new PortalProblem.InvalidParameter("billId", "", "is required when the bill has several orders");
      }
      return bill.items().get(0);
    }
    return bill.items().stream().filter(item -> item.billId().equals(billId)).findFirst()
        .orElseThrow(() -> new PortalProblem.InvalidParameter("billId", billId, "is not on this monthly bill"));
  }

  /** The bill if the caller may see it; an unknown id and someone else's bill look alike. */
  private MonthlyBill visible(String monthlyBillId, Caller caller) {
    return find(monthlyBillId).filter(bill -> caller.maySee(bill.accountId()))
        .orElseThrow(() -> new PortalProblem.NotFound("monthly bill", monthlyBillId));
  }

  /** The bill if it is the caller's own: only the account pays or disputes, an operator sees but may not. */
  private MonthlyBill ownBill(String monthlyBillId, Caller caller) {
    MonthlyBill bill = visible(monthlyBillId, caller);
    if (!bill.accountId().equals(caller.username())) {
      throw new MonthlyBillProblem.NotTheAccount(monthlyBillId);
    }
    return bill;
  }

  private Optional<MonthlyBill> find(String monthlyBillId) {
    try {
      return Optional.of(monthlyBills.find(monthlyBillId));
    } catch (CycleProblem.UnknownMonthlyBill unknown) {
      return Optional.empty();
    }
  }
}
