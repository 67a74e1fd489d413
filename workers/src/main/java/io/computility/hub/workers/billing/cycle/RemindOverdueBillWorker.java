package io.computility.hub.workers.billing.cycle;

import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.Worker;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Topic {@code billing.cycle.remind}: records the reminder of a monthly bill past its due date. Input {@code
 * monthlyBillId}; output {@code reminded} (false when the bill was paid meanwhile).
 */
@Component
class RemindOverdueBillWorker implements Worker {

  private final MonthlyBills bills;

  RemindOverdueBillWorker(MonthlyBills bills) {
    this.bills = bills;
  }

  @Override
  public String topic() {
    return "billing.cycle.remind";
  }

  @Override
  public WorkResult work(WorkItem item) {
    return WorkResult.complete(Map.of("reminded", bills.remind(item.requiredString("monthlyBillId"))));
  }
}
