package io.computility.hub.portal.order;

import io.computility.hub.camel.adapter.Allocation;
import io.computility.hub.camel.adapter.ProviderCallException;
import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.Worker;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Topic {@code provisioning-status}: asks the provider how the order's pending allocation stands — after a poll
 * interval without news, or to confirm a {@code ProvisioningReported} callback — and moves the order to
 * {@code RUNNING} once it is active. A provider that cannot be asked leaves the allocation {@code PENDING}: the
 * next poll asks again, and the provisioning timeout still applies.
 *
 * <p>Output: {@code provisioningState} ({@code ACTIVE}, {@code PENDING} or {@code FAILED}),
 * {@code provisioningDetail}.
 */
@Component
class ProvisioningStatusWorker implements Worker {

  private static final Logger LOG = LoggerFactory.getLogger(ProvisioningStatusWorker.class);

  private final OrderRecords records;
  private final OrderProvisioning provisioning;

  ProvisioningStatusWorker(OrderRecords records, OrderProvisioning provisioning) {
    this.records = records;
    this.provisioning = provisioning;
  }

  @Override
  public String topic() {
    return "provisioning-status";
  }

  @Override
  public WorkResult work(WorkItem item) {
    OrderRow order = records.get(item.requiredString("orderId"));
    Allocation allocation;
    try {
      allocation = provisioning.status(order);
    } catch (ProviderCallException unreachable) {
      LOG.info("Order {}: status of allocation {} unknown for now: {}", order.id(), order.allocationId(),
          unreachable.getMessage());
      return WorkResult.complete(Map.of("provisioningState", ProvisioningStates.PENDING,
          "provisioningDetail", String.valueOf(unreachable.getMessage())));
    }
    String state = ProvisioningStates.of(allocation.state());
    if (ProvisioningStates.ACTIVE.equals(state) && records.start(order.id())) {
      LOG.info("Order {}: allocation {} active, the order runs", order.id(), allocation.id());
    }
    return WorkResult.complete(Map.of("provisioningState", state,
        "provisioningDetail", allocation.detail() == null ? state : allocation.detail()));
  }
}
