package io.computility.hub.workers.billing.cycle;

import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.Worker;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Topic {@code billing.cycle.credit}: issues the credit note an operator decided for a disputed monthly bill.
 *
 * <p>Input: {@code monthlyBillId}, {@code creditBillId} (the order bill credited), {@code creditFen} (positive),
 * {@code disputeComment} (the reason, from the {@code bill-dispute-review} form), {@code creditedBy}. Output
 * {@code payableFen}. BPMN error {@code INVALID_CREDIT} when the credit is not acceptable (the operator decides
 * again).
 */
@Component
class CreditNoteWorker implements Worker {

  private final MonthlyBills bills;

  CreditNoteWorker(MonthlyBills bills) {
    this.bills = bills;
  }

  @Override
  public String topic() {
    return "billing.cycle.credit";
  }

  @Override
  public WorkResult work(WorkItem item) {
    try {
      MonthlyBill adjusted = bills.credit(item.requiredString("monthlyBillId"), item.requiredString("creditBillId"),
          item.requiredLong("creditFen"), item.requiredString("disputeComment"), item.requiredString("creditedBy"));
      return WorkResult.complete(Map.of("payableFen", adjusted.payableFen()));
    } catch (CycleProblem.Invalid problem) {
      return WorkResult.bpmnError("INVALID_CREDIT", problem.getBody().getDetail());
    }
  }
}
