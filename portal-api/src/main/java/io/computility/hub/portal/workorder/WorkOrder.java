package io.computility.hub.portal.workorder;

import java.time.Instant;

/**
 * A work order (O-8.2 after-sales) as the API shows it.
 *
 * @param workOrderId its id
 * @param requesterId the account that opened it
 * @param category what it is about
 * @param subject its one-line subject
 * @param orderId the order it is about, if any
 * @param billId the bill it is about, if any
 * @param status where it stands
 * @param answeredBy which line answered last ({@code AUTOMATIC}, {@code SUPPORT}, {@code SUPPORT_L2}), if answered
 * @param creditFen the credit granted on the bill (disputes), in fen; {@code null} when none
 * @param closeReason {@code CONFIRMED} or {@code NO_REPLY} once closed
 */
public record WorkOrder(String workOrderId, String requesterId, WorkOrderCategory category, String subject,
    String orderId, String billId, WorkOrderStatus status, String answeredBy, Long creditFen, String closeReason,
    Instant createdAt, Instant updatedAt, Instant closedAt) {
}
