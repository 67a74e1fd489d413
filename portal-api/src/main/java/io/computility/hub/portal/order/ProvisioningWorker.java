package io.computility.hub.portal.order;

import io.computility.hub.camel.adapter.Allocation;
import io.computility.hub.camel.adapter.ProviderCallException;
import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.Worker;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Topic {@code provisioning}: asks the order's provider for its units on the order's current candidate pool
 * (idempotency key = order id and attempt). The order moves to {@code PROVISIONING}, or straight to
 * {@code RUNNING} when the provider allocates at once.
 *
 * <p>Output: {@code allocationId} (when allocated), {@code provisioningState} ({@code ACTIVE}, {@code PENDING} or
 * {@code FAILED}), {@code provisioningDetail}. A provider that refuses, or stays unreachable through the task's
 * retries, is a {@code FAILED} attempt, so the next candidate is tried. (How long a {@code PENDING} allocation may
 * take is the model's timer, {@code hub.orders.provisioning-timeout}.)
 */
@Component
class ProvisioningWorker implements Worker {

  private static final Logger LOG = LoggerFactory.getLogger(ProvisioningWorker.class);

  private final OrderRecords records;
  private final OrderProvisioning provisioning;

  ProvisioningWorker(OrderRecords records, OrderProvisioning provisioning) {
    this.records = records;
    this.provisioning = provisioning;
  }

  @Override
  public String topic() {
    return "provisioning";
  }

  @Override
  public WorkResult work(WorkItem item) {
    OrderRow order = records.get(item.requiredString("orderId"));
    records.move(order.id(), OrderStatus.PROVISIONING, "attempt " + order.attempt() + ": " + order.poolId(),
        OrderStatus.CREATED, OrderStatus.PAYMENT_AUTHORISED);
    Map<String, Object> variables = new HashMap<>();
    Allocation allocation;
    try {
      allocation = provisioning.provision(order);
    } catch (ProviderCallException failure) {
      if (failure.retryable() && item.retriesLeft() > 0) {
        return WorkResult.failed(failure.getMessage());
      }
      LOG.warn("Order {}: provider {} refused attempt {}: {}", order.id(), order.providerId(), order.attempt(),
          failure.getMessage());
      variables.put("provisioningState", ProvisioningStates.FAILED);
      variables.put("provisioningDetail", String.valueOf(failure.getMessage()));
      return WorkResult.complete(variables);
    }
    records.recordAllocation(order.id(), allocation.id());
    String state = ProvisioningStates.of(allocation.state());
    if (ProvisioningStates.ACTIVE.equals(state)) {
      records.start(order.id());
    }
    LOG.info("Order {}: allocation {} at {} is {}", order.id(), allocation.id(), order.providerId(), state);
    variables.put("allocationId", allocation.id());
    variables.put("provisioningState", state);
    variables.put("provisioningDetail", allocation.detail() == null ? state : allocation.detail());
    return WorkResult.complete(variables);
  }
}
