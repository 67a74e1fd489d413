package io.computility.hub.workers.billing.cycle;

import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.Worker;
import org.springframework.stereotype.Component;

/**
 * Topic {@code billing.cycle.settle}: closes a paid monthly bill. Input {@code monthlyBillId}. Fails (and is
 * retried) while an order bill on it is not yet settled with its provider.
 */
@Component
class SettleMonthlyBillWorker implements Worker {

  private final MonthlyBills bills;

  SettleMonthlyBillWorker(MonthlyBills bills) {
    this.bills = bills;
  }

  @Override
  public String topic() {
    return "billing.cycle.settle";
  }

  @Override
  public WorkResult work(WorkItem item) {
    String id = item.requiredString("monthlyBillId");
    if (!bills.settle(id)) {
      throw new IllegalStateException("Monthly bill " + id + " has order bills not yet settled with providers");
    }
    return WorkResult.complete();
  }
}
