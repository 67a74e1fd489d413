package io.computility.hub.portal.workorder;

import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.Worker;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Topic {@code work-order-close}: the requester neither confirmed nor reopened the answer within
 * {@code hub.work-orders.confirmation-window}; the work order closes as {@code NO_REPLY}.
 */
@Component
class UnconfirmedClosureWorker implements Worker {

  private final WorkOrders workOrders;

  UnconfirmedClosureWorker(WorkOrders workOrders) {
    this.workOrders = workOrders;
  }

  @Override
  public String topic() {
    return "work-order-close";
  }

  @Override
  public WorkResult work(WorkItem item) {
    workOrders.closeWithoutReply(item.requiredString(WorkOrderProcess.WORK_ORDER_ID), item.taskId());
    return WorkResult.complete(Map.of());
  }
}
