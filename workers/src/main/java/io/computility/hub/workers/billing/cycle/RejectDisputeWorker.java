package io.computility.hub.workers.billing.cycle;

import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.Worker;
import org.springframework.stereotype.Component;

/**
 * Topic {@code billing.cycle.reject-dispute}: the operator rejected a monthly bill's dispute; the bill is open for
 * payment again as it stood. Input {@code monthlyBillId}, {@code disputeComment} (why, from the {@code
 * bill-dispute-review} form). Idempotent.
 */
@Component
class RejectDisputeWorker implements Worker {

  private final MonthlyBills bills;

  RejectDisputeWorker(MonthlyBills bills) {
    this.bills = bills;
  }

  @Override
  public String topic() {
    return "billing.cycle.reject-dispute";
  }

  @Override
  public WorkResult work(WorkItem item) {
    bills.rejectDispute(item.requiredString("monthlyBillId"), item.requiredString("disputeComment"));
    return WorkResult.complete();
  }
}
