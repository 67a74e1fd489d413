package io.computility.hub.portal.order;

import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.Worker;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Topic {@code provisioning-failover}: after a failed or timed-out provisioning attempt, gives back what the
 * attempt held — the allocation, if any, and the reservation — and moves the order to the next candidate pool of
 * {@code candidatePoolIds} that can still be reserved (reservation key {@code <demand>#<attempt>}).
 *
 * <p>Input {@code provisioningAttempt} (the attempt that failed; the order's own when absent).
 * Output: {@code poolId}, {@code providerId}, {@code productId}, {@code planVersion}, {@code reservationKey},
 * {@code provisioningAttempt}. BPMN error
 * {@code NO_MORE_CANDIDATES} when no candidate is left or {@code hub.orders.max-provisioning-attempts} are used
 * up; the allocation and the reservation are released then too.
 */
@Component
class ProvisioningFailoverWorker implements Worker {

  private static final Logger LOG = LoggerFactory.getLogger(ProvisioningFailoverWorker.class);

  private final OrderRecords records;
  private final OrderProvisioning provisioning;
  private final CandidateCapacity capacity;
  private final OrderProperties properties;

  ProvisioningFailoverWorker(OrderRecords records, OrderProvisioning provisioning, CandidateCapacity capacity,
      OrderProperties properties) {
    this.records = records;
    this.provisioning = provisioning;
    this.capacity = capacity;
    this.properties = properties;
  }

  @Override
  public String topic() {
    return "provisioning-failover";
  }

  @Override
  public WorkResult work(WorkItem item) {
    OrderRow order = records.get(item.requiredString("orderId"));
    Object failedAttempt = item.get("provisioningAttempt");
    if (failedAttempt instanceof Number failed && order.attempt() > failed.intValue()) {
      // a retry of a failover that moved the order already: answer as the first call did
      return WorkResult.complete(Map.of("poolId", order.poolId(), "providerId", order.providerId(),
          "productId", order.productId(), "planVersion", order.planVersion(), "reservationKey",
          order.reservationKey(), "provisioningAttempt", order.attempt()));
    }
    provisioning.release(order);
    capacity.release(order.reservationKey(), "PROVISIONING_FAILED");
    int attempt = order.attempt() + 1;
    if (attempt <= properties.maxProvisioningAttempts()) {
      List<String> remaining = CandidateCapacity.after(item.requiredString("candidatePoolIds"), order.poolId());
      for (String poolId : remaining) {
        String key = order.demandId() + "#" + attempt;
        if (capacity.reserve(key, poolId, order.units())) {
          OrderRecords.Candidate candidate = capacity.candidate(order.demandId(), poolId);
          records.moveToCandidate(order.id(), candidate, attempt, key);
          LOG.info("Order {}: attempt {} on pool {} after {} failed ({})", order.id(), attempt, poolId,
              order.poolId(), item.stringOr("provisioningDetail", "timeout"));
          return WorkResult.complete(Map.of("poolId", poolId, "providerId", candidate.providerId(),
              "productId", candidate.productId(), "planVersion", candidate.planVersion(), "reservationKey", key,
              "provisioningAttempt", attempt));
        }
      }
    }
    LOG.warn("Order {}: no candidate left after {} provisioning attempt(s)", order.id(), order.attempt());
    return WorkResult.bpmnError("NO_MORE_CANDIDATES",
        "No candidate pool left after " + order.attempt() + " provisioning attempt(s)");
  }
}
