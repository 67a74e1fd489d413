package io.computility.hub.portal.workorder;

import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.Worker;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Topic {@code work-order-auto-answer}: sends the standard answer the triage table chose ({@code triageOutcome}),
 * rendered in the reader's language from the bundles ({@code portal.workorder.answer.<outcome>}).
 */
@Component
class StandardAnswerWorker implements Worker {

  private final WorkOrders workOrders;

  StandardAnswerWorker(WorkOrders workOrders) {
    this.workOrders = workOrders;
  }

  @Override
  public String topic() {
    return "work-order-auto-answer";
  }

  @Override
  public WorkResult work(WorkItem item) {
    workOrders.answerWithStandardText(item.requiredString(WorkOrderProcess.WORK_ORDER_ID),
        item.requiredString(WorkOrderProcess.TRIAGE_OUTCOME), item.taskId());
    return WorkResult.complete(Map.of());
  }
}
