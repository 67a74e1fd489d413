package io.computility.hub.workers.billing.cycle;

import io.computility.hub.workers.billing.Project;
import io.computility.hub.workers.evidence.BusinessEvidence;
import io.computility.hub.workers.wallet.Wallets;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Postpaid accounts' monthly bills: drafted from the month's postpaid order bills, issued with a due date, paid
 * from the wallet, settled; disputed bills are adjusted by credit notes.
 *
 * <p>Lifecycle: DRAFT → ISSUED → PAID → SETTLED; ISSUED (or ADJUSTED) → DISPUTED → ADJUSTED (a credit note)
 * → PAID. Each step moves the bill only from the status it expects, so a repeated step is refused or harmless
 * rather than applied twice. What an account owes stays in the wallet ledger's receivable: a payment and a credit
 * note each reduce it.
 */
@Service
public class MonthlyBills {

  /** The longest dispute reason a bill keeps (its column). */
  public static final int MAX_REASON = 500;

  private final MonthlyBillMapper bills;
  private final Wallets wallets;
  private final BillingCycleProperties properties;
  private final Clock clock;
  private final TransactionTemplate transactions;
  private final ObjectProvider<BusinessEvidence> evidence;

  MonthlyBills(MonthlyBillMapper bills, Wallets wallets, BillingCycleProperties properties, Clock clock,
      PlatformTransactionManager transactionManager, ObjectProvider<BusinessEvidence> evidence) {
    this.bills = bills;
    this.wallets = wallets;
    this.properties = properties;
    this.clock = clock;
    this.transactions = new TransactionTemplate(transactionManager);
    this.evidence = evidence;
  }

  /** The month before the current one, in the cycle's zone: what a cycle at month start bills. */
  public YearMonth previousPeriod() {
    return YearMonth.from(clock.instant().atZone(properties.zone())).minusMonths(1);
  }

  /**
   * Parses a period {@code yyyy-MM}.
   *
   * @throws CycleProblem.Invalid when it is not one
   */
  public static YearMonth period(String period) {
    try {
      return YearMonth.parse(period);
    } catch (DateTimeParseException | NullPointerException e) {
      throw new CycleProblem.Invalid("period", period);
    }
  }

  /**
   * Drafts the monthly bills of {@code period}: every postpaid order bill issued in it and not yet on a monthly
   * bill goes on one, grouped per account.
   *
   * @param accountId only this account; {@code null} for all
   * @param grouping the operator's choice; {@code null} for each account's preference (else the default)
   * @param splitOrders orders to bill on their own whatever the grouping
   * @return the drafted bills
   */
  public List<MonthlyBill> draft(YearMonth period, String accountId, Grouping grouping, Set<String> splitOrders) {
    Instant from = period.atDay(1).atStartOfDay(properties.zone()).toInstant();
    Instant to = period.plusMonths(1).atDay(1).atStartOfDay(properties.zone()).toInstant();
    Map<String, List<OrderCharge>> byAccount = bills.unbilledCharges(accountId, from, to).stream()
        .collect(Collectors.groupingBy(OrderCharge::accountId, LinkedHashMap::new, Collectors.toList()));
    List<String> ids = new ArrayList<>();
    transactions.executeWithoutResult(tx -> byAccount.forEach((account, charges) -> {
      Grouping chosen = grouping != null ? grouping : preference(account);
      for (List<OrderCharge> group : BillGroups.group(charges, chosen, splitOrders)) {
        ids.add(insertDraft(account, period, chosen, group));
      }
    }));
    return ids.stream().map(this::find).toList();
  }

  private String insertDraft(String account, YearMonth period, Grouping grouping, List<OrderCharge> charges) {
    String id = UUID.randomUUID().toString();
    long total = charges.stream().mapToLong(OrderCharge::amountFen).sum();
    // a project's bill names its project; one of them holds the orders of none (project null)
    Project project = grouping == Grouping.SPLIT_BY_PROJECT ? charges.get(0).project() : null;
    bills.insert(new MonthlyBillRow(id, account, period.toString(), Wallets.CURRENCY, total, 0,
        MonthlyBill.Status.DRAFT, null, now(), null, null, null, null, null, grouping,
        project == null ? null : project.code(), project == null ? null : project.name()));
    charges.forEach(charge -> bills.insertItem(id, MonthlyBillRow.Item.of(charge)));
    return id;
  }

  /** An account's grouping preference, or the configured default. */
  public Grouping preference(String accountId) {
    Grouping own = bills.preference(accountId);
    return own == null ? properties.defaultGrouping() : own;
  }

  /** Sets how an account's monthly bills are grouped from the next cycle on. */
  public void setPreference(String accountId, Grouping grouping) {
    if (grouping == null) {
      throw new CycleProblem.Invalid("grouping", null);
    }
    transactions.executeWithoutResult(tx -> {
      if (bills.updatePreference(accountId, grouping, now()) == 0) {
        bills.insertPreference(accountId, grouping, now());
      }
    });
  }

  /**
   * One monthly bill with its items and credit notes.
   *
   * @throws CycleProblem.UnknownMonthlyBill when there is none of that id
   */
  public MonthlyBill find(String id) {
    MonthlyBillRow row = bills.find(id);
    if (row == null) {
      throw new CycleProblem.UnknownMonthlyBill(id);
    }
    return withDetails(List.of(row)).get(0);
  }

  /**
   * The monthly bills of {@code rows}, in their order, with their items and credit notes: two queries for all of
   * them.
   */
  List<MonthlyBill> withDetails(List<MonthlyBillRow> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    List<String> ids = rows.stream().map(MonthlyBillRow::monthlyBillId).toList();
    Map<String, List<MonthlyBill.Item>> items = bills.items(ids).stream()
        .collect(Collectors.groupingBy(MonthlyBillRow.ItemOf::monthlyBillId, LinkedHashMap::new,
            Collectors.mapping(MonthlyBillRow.ItemOf::toItem, Collectors.toList())));
    Map<String, List<MonthlyBill.CreditNote>> notes = bills.creditNotes(ids).stream()
        .collect(Collectors.groupingBy(MonthlyBill.CreditNote::monthlyBillId, LinkedHashMap::new,
            Collectors.toList()));
    return rows.stream().map(row -> row.with(items.getOrDefault(row.monthlyBillId(), List.of()),
        notes.getOrDefault(row.monthlyBillId(), List.of()))).toList();
  }

  /** Issues a draft, due after the payment term; issuing an issued bill again returns it unchanged. */
  public MonthlyBill issue(String id) {
    MonthlyBill bill = find(id);
    if (bill.status() == MonthlyBill.Status.DRAFT) {
      Instant now = now();
      transactions.executeWithoutResult(tx -> {
        if (bills.issue(id, now, now.plus(properties.paymentTerm())) == 1) {
          evidence.ifAvailable(ledger -> ledger.record("monthly-bill.issued", id, bill.accountId(), facts(find(id))));
        }
      });
      return find(id);
    }
    if (bill.issuedAt() == null) {
      throw new CycleProblem.WrongStatus(id, bill.status(), "issued");
    }
    return bill;
  }

  /**
   * The account contests an issued (or already adjusted) bill.
   *
   * @param reason not blank, at most {@link #MAX_REASON} characters
   * @throws CycleProblem.WrongStatus when it is not open for payment
   */
  public MonthlyBill dispute(String id, String reason) {
    if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
      throw new CycleProblem.Invalid("reason", reason);
    }
    MonthlyBill bill = find(id);
    if (bills.dispute(id, reason) == 0) {
      throw new CycleProblem.WrongStatus(id, bill.status(), "disputed");
    }
    return find(id);
  }

  /**
   * Rejects the dispute of a bill: it is open for payment again as it stood before (ISSUED, or ADJUSTED when
   * credit notes were issued against it earlier). Rejecting a bill no longer disputed changes nothing.
   *
   * @param comment why, kept with the evidence of the rejection
   * @throws CycleProblem.WrongStatus when the bill was never disputed
   */
  public MonthlyBill rejectDispute(String id, String comment) {
    if (comment == null || comment.isBlank()) {
      throw new CycleProblem.Invalid("disputeComment", comment);
    }
    MonthlyBill bill = find(id);
    if (bill.status() != MonthlyBill.Status.DISPUTED) {
      if (bill.disputeReason() == null) {
        throw new CycleProblem.WrongStatus(id, bill.status(), "rejected");
      }
      return bill;
    }
    transactions.executeWithoutResult(tx -> {
      if (bills.rejectDispute(id) == 1) {
        evidence.ifAvailable(ledger -> ledger.record("monthly-bill.dispute-rejected", id, bill.accountId(),
            Map.of("monthlyBillId", id, "disputeReason", bill.disputeReason(), "comment", comment)));
      }
    });
    return find(id);
  }

  /**
   * Issues a credit note against a disputed bill: {@code amountFen} off one of its order bills, forgiven in the
   * account's receivable. The bill becomes ADJUSTED, payable net of it.
   *
   * @param billId the order bill the credit is for; it must be on the monthly bill
   * @param amountFen positive, at most what is still payable of that order bill
   * @throws CycleProblem.WrongStatus when the bill is not disputed
   */
  public MonthlyBill credit(String id, String billId, long amountFen, String reason, String operator) {
    applyCredit(find(id), billId, amountFen, reason, operator, UUID.randomUUID().toString(), true);
    return find(id);
  }

  /**
   * Issues the credit note a bill-dispute work order granted on order bill {@code billId}, once per work order:
   * a repeat returns the first note. The monthly bill it is on needs no dispute of its own (the work order was
   * the dispute) but must still be open for payment; it becomes ADJUSTED.
   *
   * @throws CycleProblem.Invalid when the order bill is on no monthly bill or the amount is not acceptable
   * @throws CycleProblem.WrongStatus when its monthly bill is a draft or already paid
   */
  public MonthlyBill.CreditNote creditForWorkOrder(String workOrderId, String billId, long amountFen,
      String reason) {
    String noteId = UUID.nameUUIDFromBytes(("work-order:" + workOrderId).getBytes(StandardCharsets.UTF_8))
        .toString();
    MonthlyBill.CreditNote earlier = bills.creditNote(noteId);
    if (earlier != null) {
      return earlier;
    }
    String monthlyBillId = bills.monthlyBillOf(billId);
    if (monthlyBillId == null) {
      throw new CycleProblem.Invalid("billId", billId);
    }
    applyCredit(find(monthlyBillId), billId, amountFen, reason, "work-order:" + workOrderId, noteId, false);
    return bills.creditNote(noteId);
  }

  private void applyCredit(MonthlyBill bill, String billId, long amountFen, String reason, String issuedBy,
      String noteId, boolean disputedOnly) {
    String id = bill.monthlyBillId();
    MonthlyBill.Item item = bill.items().stream().filter(i -> i.billId().equals(billId)).findFirst()
        .orElseThrow(() -> new CycleProblem.Invalid("billId", billId));
    long creditedBefore = bill.creditNotes().stream().filter(note -> note.billId().equals(billId))
        .mapToLong(MonthlyBill.CreditNote::amountFen).sum();
    if (amountFen <= 0 || amountFen > item.amountFen() + creditedBefore) {
      throw new CycleProblem.Invalid("amountFen", amountFen);
    }
    if (reason == null || reason.isBlank()) {
      throw new CycleProblem.Invalid("reason", reason);
    }
    MonthlyBill.CreditNote note = new MonthlyBill.CreditNote(noteId, id, billId, -amountFen, reason, issuedBy,
        now());
    transactions.executeWithoutResult(tx -> {
      int adjusted = disputedOnly ? bills.adjust(id, -amountFen) : bills.adjustOpen(id, -amountFen);
      if (adjusted == 0) {
        throw new CycleProblem.WrongStatus(id, bill.status(), "credited");
      }
      bills.insertCreditNote(note);
      wallets.creditReceivable(bill.accountId(), amountFen, id, "credit-note:" + note.creditNoteId());
      evidence.ifAvailable(ledger -> ledger.record("credit-note.issued", note.creditNoteId(), bill.accountId(),
          Map.of("monthlyBillId", id, "billId", billId, "amountFen", note.amountFen(), "reason", reason,
              "issuedBy", issuedBy)));
    });
  }

  /**
   * Pays what is payable from the account's wallet. A bill already paid is returned unchanged. The
   * {@code monthly-bill} process pays only while the bill waits for payment, when no dispute can come in between.
   *
   * @throws io.computility.hub.workers.wallet.WalletProblem {@code INSUFFICIENT_BALANCE} when the wallet holds
   *     less; nothing changes then
   * @throws CycleProblem.WrongStatus when it is not open for payment (a draft, or disputed)
   */
  public MonthlyBill pay(String id) {
    MonthlyBill bill = find(id);
    if (bill.paidAt() != null) {
      return bill;
    }
    if (bill.status() != MonthlyBill.Status.ISSUED && bill.status() != MonthlyBill.Status.ADJUSTED) {
      throw new CycleProblem.WrongStatus(id, bill.status(), "paid");
    }
    // The wallet moves in its own transaction (it retries deadlocks between concurrent payments of one account),
    // once per bill by its key; a retry after a failure in between finds the payment and only marks the bill.
    if (bill.payableFen() > 0) {
      wallets.payReceivable(bill.accountId(), bill.payableFen(), id, "monthly-bill:" + id);
    }
    bills.markPaid(id, now());
    return find(id);
  }

  /**
   * Closes a paid bill once every order bill on it is settled with its provider; true when it is (now or before).
   */
  public boolean settle(String id) {
    MonthlyBill bill = find(id);
    if (bill.status() == MonthlyBill.Status.SETTLED) {
      return true;
    }
    if (bill.status() != MonthlyBill.Status.PAID) {
      throw new CycleProblem.WrongStatus(id, bill.status(), "settled");
    }
    if (bills.unsettledItems(id) > 0) {
      return false;
    }
    transactions.executeWithoutResult(tx -> {
      if (bills.markSettled(id, now()) == 1) {
        evidence.ifAvailable(ledger -> ledger.record("monthly-bill.settled", id, bill.accountId(), facts(find(id))));
      }
    });
    return true;
  }

  /** Records that the account was reminded of an overdue bill; false when it is no longer open for payment. */
  public boolean remind(String id) {
    MonthlyBill bill = find(id);
    boolean open = bill.status() == MonthlyBill.Status.ISSUED || bill.status() == MonthlyBill.Status.ADJUSTED
        || bill.status() == MonthlyBill.Status.DISPUTED;
    return open && bills.remind(id, now()) == 1;
  }

  private static Map<String, Object> facts(MonthlyBill bill) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("monthlyBillId", bill.monthlyBillId());
    facts.put("accountId", bill.accountId());
    facts.put("period", bill.period());
    facts.put("status", bill.status().name());
    facts.put("totalFen", bill.totalFen());
    facts.put("creditFen", bill.creditFen());
    facts.put("payableFen", bill.payableFen());
    if (bill.grouping() != null) {
      facts.put("grouping", bill.grouping().name());
    }
    if (bill.project() != null) {
      facts.put("projectCode", bill.project().code());
    }
    facts.put("billIds", bill.items().stream().map(MonthlyBill.Item::billId).toList());
    return facts;
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS);
  }
}
