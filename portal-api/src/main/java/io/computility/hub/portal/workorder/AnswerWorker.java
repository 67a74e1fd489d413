package io.computility.hub.portal.workorder;

import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.Worker;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Topic {@code work-order-answer}: the answer support wrote in the Tasklist form ({@code resolution}, and on a bill
 * dispute {@code creditFen}) goes to the requester. Output {@code creditFen} ({@code Long}, 0 for none): what the
 * model's "credit granted?" gateway and the {@code bill-credit} topic read.
 */
@Component
class AnswerWorker implements Worker {

  private final WorkOrders workOrders;

  AnswerWorker(WorkOrders workOrders) {
    this.workOrders = workOrders;
  }

  @Override
  public String topic() {
    return "work-order-answer";
  }

  @Override
  public WorkResult work(WorkItem item) {
    long credit = workOrders.recordAnswer(item.requiredString(WorkOrderProcess.WORK_ORDER_ID),
        item.requiredString(WorkOrderProcess.ANSWERED_BY), item.requiredString(WorkOrderProcess.RESOLUTION),
        requestedCredit(item.get(WorkOrderProcess.CREDIT_FEN)), item.taskId());
    return WorkResult.complete(Map.of(WorkOrderProcess.CREDIT_FEN, credit));
  }

  /** The form's number field arrives as a Long, Integer or Double (whole fen), or not at all. */
  private static long requestedCredit(Object value) {
    if (value instanceof Number number) {
      return Math.round(number.doubleValue());
    }
    return value == null || value.toString().isBlank() ? 0 : Long.parseLong(value.toString().strip());
  }
}
