package io.computility.hub.portal.workorder;

import java.time.Instant;
import java.util.List;

/**
 * A work order with its conversation, its status history and where its process is now.
 *
 * @param messages the conversation, oldest first
 * @param statusHistory every status it had, oldest first
 * @param currentSteps the steps the work-order process waits at now (empty once it ended)
 */
public record WorkOrderDetail(WorkOrder workOrder, List<WorkOrderMessage> messages,
    List<WorkOrderStatus> statusHistory, List<Step> currentSteps) {

  public WorkOrderDetail {
    messages = List.copyOf(messages);
    statusHistory = List.copyOf(statusHistory);
    currentSteps = List.copyOf(currentSteps);
  }

  /**
   * A step of the work-order process.
   *
   * @param activityId the BPMN element's id ({@code handleWorkOrder}, {@code handleEscalatedWorkOrder},
   *     {@code awaitRequester} …)
   * @param name its name as modelled ("English / 中文")
   * @param since when the process reached it
   */
  public record Step(String activityId, String name, Instant since) {
  }
}
