package io.computility.hub.portal.workorder;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a requester writes to open a work order.
 *
 * @param category what it is about
 * @param subject one line, up to 200 characters
 * @param message the request itself, up to 4000 characters
 * @param orderId the order it is about (optional; must be one of the requester's)
 * @param billId the bill it is about (required for {@link WorkOrderCategory#BILL_DISPUTE}; must be the requester's)
 */
public record NewWorkOrder(
    @NotNull WorkOrderCategory category,
    @NotBlank @Size(max = 200) String subject,
    @NotBlank @Size(max = 4000) String message,
    @Size(max = 64) String orderId,
    @Size(max = 64) String billId) {
}
