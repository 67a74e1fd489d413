package io.computility.hub.workers.billing.cycle;

import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.Worker;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Topic {@code bill-credit}: the work-order process's credit hook (see portal-api README, work orders). Issues a
 * credit note of {@code creditFen} on order bill {@code billId} against the monthly bill it is on, once per {@code
 * workOrderId}, with {@code resolution} as its reason; output {@code creditNoteId}. No BPMN errors: a credit that
 * cannot be issued (bill on no monthly bill, amount too large, bill already paid) fails into an incident for an
 * operator.
 */
@Component
class BillCreditWorker implements Worker {

  private final MonthlyBills bills;

  BillCreditWorker(MonthlyBills bills) {
    this.bills = bills;
  }

  @Override
  public String topic() {
    return "bill-credit";
  }

  @Override
  public WorkResult work(WorkItem item) {
    MonthlyBill.CreditNote note = bills.creditForWorkOrder(item.requiredString("workOrderId"),
        item.requiredString("billId"), item.requiredLong("creditFen"), item.requiredString("resolution"));
    return WorkResult.complete(Map.of("creditNoteId", note.creditNoteId()));
  }
}
