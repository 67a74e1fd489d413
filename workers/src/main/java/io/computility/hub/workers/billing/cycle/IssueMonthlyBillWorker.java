package io.computility.hub.workers.billing.cycle;

import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.Worker;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Topic {@code billing.cycle.issue}: issues a drafted monthly bill. Input {@code monthlyBillId}; output {@code
 * dueAt} (ISO-8601 instant, for the process's due-date timer) and {@code payableFen}. Idempotent.
 */
@Component
class IssueMonthlyBillWorker implements Worker {

  private final MonthlyBills bills;

  IssueMonthlyBillWorker(MonthlyBills bills) {
    this.bills = bills;
  }

  @Override
  public String topic() {
    return "billing.cycle.issue";
  }

  @Override
  public WorkResult work(WorkItem item) {
    MonthlyBill issued = bills.issue(item.requiredString("monthlyBillId"));
    return WorkResult.complete(Map.of("dueAt", issued.dueAt().toString(), "payableFen", issued.payableFen()));
  }
}
