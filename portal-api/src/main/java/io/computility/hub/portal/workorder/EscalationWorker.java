package io.computility.hub.portal.workorder;

import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.Worker;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Topic {@code work-order-escalation}: first-line support missed the SLA; the work order goes to the second line. */
@Component
class EscalationWorker implements Worker {

  private final WorkOrders workOrders;

  EscalationWorker(WorkOrders workOrders) {
    this.workOrders = workOrders;
  }

  @Override
  public String topic() {
    return "work-order-escalation";
  }

  @Override
  public WorkResult work(WorkItem item) {
    workOrders.escalate(item.requiredString(WorkOrderProcess.WORK_ORDER_ID), item.taskId());
    return WorkResult.complete(Map.of());
  }
}
