package io.computility.hub.portal.workorder;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** A {@code portal_work_order} row; times are UTC. */
record WorkOrderRow(String id, String requesterId, String category, String subject, String orderId, String billId,
    String status, String answeredBy, Long creditFen, String closeReason, LocalDateTime createdAt,
    LocalDateTime updatedAt, LocalDateTime closedAt) {

  WorkOrder toWorkOrder() {
    return new WorkOrder(id, requesterId, WorkOrderCategory.valueOf(category), subject, orderId, billId,
        workOrderStatus(), answeredBy, creditFen, closeReason, instant(createdAt), instant(updatedAt),
        instant(closedAt));
  }

  WorkOrderStatus workOrderStatus() {
    return WorkOrderStatus.valueOf(status);
  }

  static Instant instant(LocalDateTime time) {
    return time == null ? null : time.toInstant(ZoneOffset.UTC);
  }
}
