package io.computility.hub.portal.workorder;

import io.computility.hub.portal.Paged;
import io.computility.hub.portal.web.PageQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Work orders (O-8.2 after-sales) over {@link WorkOrders}: open, list, detail with conversation and process step,
 * add a message, confirm, reopen. A requester sees its own work orders only (others' ids answer 404); SUPPORT,
 * SUPPORT_L2 and OPERATOR see everyone's and may narrow a list with {@code ?requester=}. State-changing calls carry
 * an {@code Idempotency-Key} (the portal's interceptor).
 */
@RestController
@RequestMapping("/api/v1/work-orders")
class WorkOrderController {

  private final WorkOrders workOrders;

  WorkOrderController(WorkOrders workOrders) {
    this.workOrders = workOrders;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  WorkOrder open(@Valid @RequestBody NewWorkOrder request, Authentication caller) {
    return workOrders.open(caller.getName(), request);
  }

  @GetMapping
  Paged<WorkOrder> list(@RequestParam(required = false) WorkOrderStatus status,
      @RequestParam(required = false) String requester, PageQuery page, Authentication caller) {
    return workOrders.list(WorkOrderViewer.of(caller).requesterFilter(requester), status, page.page(), page.size());
  }

  @GetMapping("/{workOrderId}")
  WorkOrderDetail detail(@PathVariable String workOrderId, Authentication caller, Locale locale) {
    return workOrders.detail(WorkOrderViewer.of(caller), workOrderId, locale);
  }

  @PostMapping("/{workOrderId}/messages")
  @ResponseStatus(HttpStatus.CREATED)
  WorkOrderDetail addMessage(@PathVariable String workOrderId, @Valid @RequestBody Reply reply,
      Authentication caller, Locale locale) {
    return workOrders.addMessage(WorkOrderViewer.of(caller), workOrderId, reply.message(), locale);
  }

  /** The requester accepts the answer; the work order closes. */
  @PostMapping("/{workOrderId}/confirm")
  WorkOrder confirm(@PathVariable String workOrderId, Authentication caller) {
    return workOrders.confirm(WorkOrderViewer.of(caller), workOrderId);
  }

  /** The requester does not accept the answer and says why; support takes it up again. */
  @PostMapping("/{workOrderId}/reopen")
  WorkOrder reopen(@PathVariable String workOrderId, @Valid @RequestBody Reply reply, Authentication caller) {
    return workOrders.reopen(WorkOrderViewer.of(caller), workOrderId, reply.message());
  }

  /**
   * A message in the conversation, or the reason for reopening.
   *
   * @param message up to 4000 characters
   */
  record Reply(@NotBlank @Size(max = 4000) String message) {
  }
}
