package io.computility.hub.workers.billing.cycle;

import io.computility.hub.workers.process.ProcessCommands;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What accounts and operators do to monthly bills, told to their {@code monthly-bill} processes (business key: the
 * bill's id): start a cycle, request payment from the wallet, dispute one of its order bills. A step the process
 * is not waiting for (the bill is not open for payment) fails and changes nothing.
 */
@Service
public class MonthlyBillCommands {

  static final String CYCLE = "billing-cycle";
  static final String CYCLE_REQUESTED = "BillingCycleRequested";
  static final String PAYMENT_REQUESTED = "BillPaymentRequested";
  static final String DISPUTED = "BillDisputed";

  private final MonthlyBills bills;
  private final ProcessCommands processes;
  private final TransactionTemplate transactions;

  MonthlyBillCommands(MonthlyBills bills, ProcessCommands processes, PlatformTransactionManager transactionManager) {
    this.bills = bills;
    this.processes = processes;
    this.transactions = new TransactionTemplate(transactionManager);
  }

  /**
   * Starts a billing cycle for {@code period} on an operator's request.
   *
   * @param accountId only this account's bills; {@code null} for every postpaid account
   * @param grouping overrides the accounts' preferences; {@code null} to keep them
   * @param splitOrderIds orders billed on their own
   * @return the cycle's process instance id
   */
  public String startCycle(YearMonth period, String accountId, Grouping grouping, List<String> splitOrderIds) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("period", period.toString());
    if (accountId != null) {
      variables.put("accountId", accountId);
    }
    if (grouping != null) {
      variables.put("grouping", grouping.name());
    }
    variables.put("splitOrderIds", String.join(",", splitOrderIds));
    String key = CYCLE + ":" + period + (accountId == null ? "" : ":" + accountId);
    return processes.startByMessage(CYCLE_REQUESTED, key, variables);
  }

  /** The account asks to pay monthly bill {@code id} from its wallet. */
  public void requestPayment(String id) {
    MonthlyBill bill = bills.find(id);
    try {
      processes.correlate(PAYMENT_REQUESTED, id, Map.of());
    } catch (ProcessCommands.NotCorrelatedException notWaiting) {
      throw new CycleProblem.WrongStatus(id, bill.status(), "paid");
    }
  }

  /**
   * The account disputes order bill {@code billId} on monthly bill {@code id}: the bill becomes DISPUTED, its
   * payment held, and its process opens the OPERATOR's review ({@code reviewDispute}), where the form shows the
   * reason and the contested order bill ({@code disputedBillId}) and proposes to credit that one
   * ({@code creditBillId}, which the operator may change).
   *
   * @throws CycleProblem.Invalid when {@code billId} is not on the bill, or the reason is blank or longer than
   *     {@link MonthlyBills#MAX_REASON}
   * @throws CycleProblem.WrongStatus when it is not waiting for payment (a draft, paid, or already disputed)
   */
  public MonthlyBill dispute(String id, String billId, String reason) {
    if (bills.find(id).items().stream().noneMatch(item -> item.billId().equals(billId))) {
      throw new CycleProblem.Invalid("billId", billId);
    }
    return transactions.execute(tx -> {
      MonthlyBill disputed = bills.dispute(id, reason);
      try {
        processes.correlate(DISPUTED, id, Map.of("disputeReason", reason, "disputedBillId", billId,
            "creditBillId", billId));
      } catch (ProcessCommands.NotCorrelatedException notWaiting) {
        throw new CycleProblem.WrongStatus(id, disputed.status(), "disputed");
      }
      return disputed;
    });
  }
}
