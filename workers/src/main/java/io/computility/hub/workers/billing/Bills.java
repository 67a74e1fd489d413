package io.computility.hub.workers.billing;

import io.computility.hub.workers.evidence.BusinessEvidence;
import io.computility.hub.workers.wallet.Wallets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Orders' bills: one per order, issued from its rated usage, then paid and settled.
 *
 * <p>Issuing is idempotent per order: the first bill stands, and issuing again (a retry, a race) returns it
 * unchanged. Status moves ISSUED → PAID → SETTLED (or PARTLY_PAID when a prepaid wallet fell short).
 *
 * <p>Issuing and settling are put on the trusted ledger ({@link BusinessEvidence}, kinds {@code bill.issued} and
 * {@code bill.settled}, keyed by the bill id) in the same transaction, when the ledger module is deployed.
 */
@Service
public class Bills {

  private static final int MAX_PAGE_SIZE = 200;

  private final BillMapper bills;
  private final Clock clock;
  private final TransactionTemplate transactions;
  private final ObjectProvider<BusinessEvidence> evidence;

  Bills(BillMapper bills, Clock clock, PlatformTransactionManager transactionManager,
      ObjectProvider<BusinessEvidence> evidence) {
    this.bills = bills;
    this.clock = clock;
    this.transactions = new TransactionTemplate(transactionManager);
    this.evidence = evidence;
  }

  /** The bill of {@code rated.orderId()}: issued now from {@code rated}, or the one issued before. */
  public Bill issue(String consumerId, String providerId, RatedUsage rated) {
    return issue(consumerId, providerId, null, rated, () -> { });
  }

  /**
   * The bill of {@code rated.orderId()} for an order of {@code project}: issued now from {@code rated}, or the one
   * issued before.
   *
   * @param project the consumer's project the order belongs to, {@code null} for none
   * @param alsoOnIssue done in the issuing transaction, only when the bill is issued now (coupons consumed by the
   *     bill); what it throws undoes the issue and is thrown on
   */
  public Bill issue(String consumerId, String providerId, Project project, RatedUsage rated,
      Runnable alsoOnIssue) {
    Optional<Bill> existing = forOrder(rated.orderId());
    if (existing.isPresent()) {
      return existing.get();
    }
    BillRow row = new BillRow(UUID.randomUUID().toString(), rated.orderId(), consumerId, providerId,
        rated.productId(), rated.planVersion(), Wallets.CURRENCY, rated.totalFen(), Bill.Status.ISSUED, null, 0, 0,
        0, 0, now(), null, null, project == null ? null : project.code(), project == null ? null : project.name());
    try {
      transactions.executeWithoutResult(status -> {
        bills.insert(row);
        rated.lines().forEach(line -> bills.insertLine(new BillLineRow(row.billId(), line.lineNo(), line.kind(),
            line.meter(), line.quantity(), line.unit(), line.unitPriceFen(), line.amountFen(), line.reference())));
        alsoOnIssue.run();
        evidence.ifAvailable(ledger -> ledger.record("bill.issued", row.billId(), consumerId, issued(row, rated)));
      });
    } catch (DuplicateKeyException raced) {
      return forOrder(rated.orderId()).orElseThrow(() -> raced);
    }
    return row.with(rated.lines());
  }

  /**
   * One bill with its lines.
   *
   * @throws BillingProblem.UnknownBill when there is none of that id
   */
  public Bill find(String billId) {
    BillRow row = bills.find(billId);
    if (row == null) {
      throw new BillingProblem.UnknownBill(billId);
    }
    return withLines(List.of(row)).get(0);
  }

  /** The bill of an order, if it has one yet. */
  public Optional<Bill> forOrder(String orderId) {
    return Optional.ofNullable(bills.forOrder(orderId)).map(row -> withLines(List.of(row)).get(0));
  }

  /**
   * Bills newest first, with their lines.
   *
   * @param consumerId only this consumer's bills; {@code null} for everybody's (operators)
   * @param status only bills in this status; {@code null} for all
   * @param page from 0
   * @param size 1 to 200
   */
  public BillPage list(String consumerId, Bill.Status status, int page, int size) {
    if (page < 0) {
      throw new BillingProblem.Invalid("page", page);
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new BillingProblem.Invalid("size", size);
    }
    List<BillRow> rows = bills.list(consumerId, status, size, (long) page * size);
    return new BillPage(withLines(rows), bills.count(consumerId, status), page, size);
  }

  /** Records what was collected for a bill; false when it was recorded before. */
  boolean markPaid(String billId, PaymentMode mode, long collected, long unpaid) {
    return bills.markPaid(billId, mode, collected, unpaid, now()) == 1;
  }

  /** Records the split of a paid bill's money; false when it was recorded before. */
  boolean markSettled(String billId, long providerShare, long platformFee) {
    Bill paid = find(billId);
    Bill.Status status = paid.unpaidFen() > 0 ? Bill.Status.PARTLY_PAID : Bill.Status.SETTLED;
    return Boolean.TRUE.equals(transactions.execute(tx -> {
      if (bills.markSettled(billId, status, providerShare, platformFee, now()) == 0) {
        return false;
      }
      Bill settled = find(billId);
      evidence.ifAvailable(ledger -> ledger.record("bill.settled", billId, settled.consumerId(), settled(settled)));
      return true;
    }));
  }

  private static Map<String, Object> issued(BillRow bill, RatedUsage rated) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("billId", bill.billId());
    facts.put("orderId", bill.orderId());
    facts.put("consumerId", bill.consumerId());
    facts.put("providerId", bill.providerId());
    facts.put("productId", bill.productId());
    facts.put("planVersion", bill.planVersion());
    facts.put("currency", bill.currency());
    facts.put("totalFen", bill.totalFen());
    if (bill.projectCode() != null) {
      facts.put("projectCode", bill.projectCode());
      facts.put("projectName", bill.projectName());
    }
    facts.put("lines", rated.lines().stream().map(Bills::lineFacts).toList());
    facts.put("issuedAt", bill.issuedAt());
    return facts;
  }

  private static Map<String, Object> lineFacts(BillLine line) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("kind", line.kind().name());
    if (line.meter() != null) {
      facts.put("meter", line.meter().name());
    }
    facts.put("quantity", line.quantity().toPlainString());
    facts.put("unitPriceFen", line.unitPriceFen());
    facts.put("amountFen", line.amountFen());
    if (line.reference() != null) {
      facts.put("reference", line.reference());
    }
    return facts;
  }

  private static Map<String, Object> settled(Bill bill) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("billId", bill.billId());
    facts.put("orderId", bill.orderId());
    facts.put("status", bill.status().name());
    facts.put("paymentMode", bill.paymentMode().name());
    facts.put("totalFen", bill.totalFen());
    facts.put("collectedFen", bill.collectedFen());
    facts.put("unpaidFen", bill.unpaidFen());
    facts.put("providerId", bill.providerId());
    facts.put("providerShareFen", bill.providerShareFen());
    facts.put("platformFeeFen", bill.platformFeeFen());
    facts.put("settledAt", bill.settledAt());
    return facts;
  }

  private List<Bill> withLines(List<BillRow> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<String, List<BillLine>> lines = bills.lines(rows.stream().map(BillRow::billId).toList()).stream()
        .collect(Collectors.groupingBy(BillLineRow::billId, LinkedHashMap::new,
            Collectors.mapping(BillLineRow::line, Collectors.toList())));
    return rows.stream().map(row -> row.with(lines.getOrDefault(row.billId(), List.of()))).toList();
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS);
  }
}
