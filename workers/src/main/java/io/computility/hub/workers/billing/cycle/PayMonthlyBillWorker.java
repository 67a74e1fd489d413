package io.computility.hub.workers.billing.cycle;

import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.Worker;
import io.computility.hub.workers.wallet.WalletProblem;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Topic {@code billing.cycle.pay}: pays a monthly bill from the account's wallet, net of its credit notes. Input
 * {@code monthlyBillId}; output {@code paidFen}. BPMN error {@code INSUFFICIENT_BALANCE} when the wallet holds less
 * (the bill waits for payment again). Idempotent.
 */
@Component
class PayMonthlyBillWorker implements Worker {

  private final MonthlyBills bills;

  PayMonthlyBillWorker(MonthlyBills bills) {
    this.bills = bills;
  }

  @Override
  public String topic() {
    return "billing.cycle.pay";
  }

  @Override
  public WorkResult work(WorkItem item) {
    try {
      MonthlyBill paid = bills.pay(item.requiredString("monthlyBillId"));
      return WorkResult.complete(Map.of("paidFen", paid.payableFen()));
    } catch (WalletProblem problem) {
      if ("INSUFFICIENT_BALANCE".equals(problem.code())) {
        return WorkResult.bpmnError(problem.code(), problem.getBody().getDetail());
      }
      throw problem;
    }
  }
}
