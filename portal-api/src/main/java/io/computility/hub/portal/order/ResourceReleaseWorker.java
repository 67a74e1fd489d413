package io.computility.hub.portal.order;

import io.computility.hub.portal.OrderFulfilment;
import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.Worker;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Topic {@code resource-release}: gives a running order's resources back to its provider, exactly once. The order
 * moves from {@code RUNNING} to {@code RELEASING} in one conditional update; only a call that made that move, or a
 * retry of it (the order is {@code RELEASING} already), asks the provider, and the provider's release itself is
 * idempotent. The reason is {@code releaseReason} when the consumer's message brought it ({@code USER}), else
 * {@code BALANCE_EXHAUSTED} when {@code balanceState} says so, else {@code USER} when the consumer's request was
 * left as the flag {@code releaseRequested}, else {@code BOOKED_END}.
 *
 * <p>Output: {@code releaseReason}, {@code resourcesReleased} ({@code false} when the order was past releasing).
 */
@Component
class ResourceReleaseWorker implements Worker {

  private static final Logger LOG = LoggerFactory.getLogger(ResourceReleaseWorker.class);

  private final OrderRecords records;
  private final OrderProvisioning provisioning;

  ResourceReleaseWorker(OrderRecords records, OrderProvisioning provisioning) {
    this.records = records;
    this.provisioning = provisioning;
  }

  @Override
  public String topic() {
    return "resource-release";
  }

  @Override
  public WorkResult work(WorkItem item) {
    String reason = reason(item);
    OrderRow order = records.get(item.requiredString("orderId"));
    boolean first = records.move(order.id(), OrderStatus.RELEASING, reason, OrderStatus.RUNNING);
    if (!first && records.get(order.id()).orderStatus() != OrderStatus.RELEASING) {
      LOG.warn("Order {} is {}; nothing to release", order.id(), records.get(order.id()).status());
      return WorkResult.complete(Map.of(OrderFulfilment.RELEASE_REASON, reason, "resourcesReleased", false));
    }
    provisioning.release(order);
    records.recordRelease(order.id(), reason);
    LOG.info("Order {}: allocation {} released ({})", order.id(), order.allocationId(), reason);
    return WorkResult.complete(Map.of(OrderFulfilment.RELEASE_REASON, reason, "resourcesReleased", true));
  }

  private static String reason(WorkItem item) {
    String asked = item.stringOr(OrderFulfilment.RELEASE_REASON, null);
    if (asked != null) {
      return asked;
    }
    if ("EXHAUSTED".equals(item.stringOr("balanceState", null))) {
      return "BALANCE_EXHAUSTED";
    }
    return Boolean.TRUE.equals(item.get(OrderFulfilment.RELEASE_REQUESTED_FLAG)) ? "USER" : "BOOKED_END";
  }
}
