package io.computility.hub.portal.order;

import io.computility.hub.portal.demand.Demand;
import io.computility.hub.portal.demand.DemandStatus;
import io.computility.hub.portal.demand.Demands;
import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.Worker;
import io.computility.hub.workers.wallet.Wallets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Topic {@code order-creation}: the order from the confirmed offer (O-8.3 c) — {@code confirmedPoolId} when the
 * consumer chose, else {@code topPoolId} — booked from now for the demand's duration. When the consumer confirmed
 * another pool than the reserved top offer, the reservation moves to that pool. One order per demand: a retry
 * finds the first.
 *
 * <p>Output: {@code orderId}, {@code poolId}, {@code providerId}, {@code productId}, {@code planVersion} (of the
 * product's price plan, see {@link OrderPricing}), {@code units}, {@code estimatedCostFen},
 * {@code bookedEnd} (ISO instant), {@code reservationKey}, {@code provisioningAttempt} (1). BPMN error
 * {@code CAPACITY_UNAVAILABLE} (with {@code orderId}) when the confirmed pool has no units left.
 */
@Component
class OrderCreationWorker implements Worker {

  private static final Logger LOG = LoggerFactory.getLogger(OrderCreationWorker.class);

  private final OrderRecords records;
  private final CandidateCapacity capacity;
  private final Demands demands;

  OrderCreationWorker(OrderRecords records, CandidateCapacity capacity, Demands demands) {
    this.records = records;
    this.capacity = capacity;
    this.demands = demands;
  }

  @Override
  public String topic() {
    return "order-creation";
  }

  @Override
  public WorkResult work(WorkItem item) {
    String demandId = item.requiredString("demandId");
    OrderRow order = records.forDemand(demandId);
    if (order == null) {
      order = records.insert(newOrder(demandId, item.stringOr("confirmedPoolId", item.requiredString("topPoolId")),
          item.requiredString("reservationKey")));
      LOG.info("Order {} created for demand {} on pool {}", order.id(), demandId, order.poolId());
    }
    if (!capacity.holds(order.reservationKey(), order.poolId())) {
      // the consumer confirmed another offer than the reserved top one: hold that pool instead
      String key = demandId + "#confirmed";
      capacity.release(order.reservationKey(), CandidateCapacity.MOVED);
      if (!capacity.reserve(key, order.poolId(), order.units())) {
        return WorkResult.bpmnError("CAPACITY_UNAVAILABLE", "Pool " + order.poolId() + " has no units left",
            Map.of("orderId", order.id()));
      }
      records.recordReservation(order.id(), key);
      order = records.get(order.id());
    }
    demands.recordStatus(demandId, DemandStatus.ORDERED);
    Map<String, Object> variables = new HashMap<>();
    variables.put("orderId", order.id());
    variables.put("poolId", order.poolId());
    variables.put("providerId", order.providerId());
    variables.put("productId", order.productId());
    variables.put("planVersion", order.planVersion());
    variables.put("units", order.units());
    variables.put("estimatedCostFen", order.estimatedCostFen());
    variables.put("bookedEnd", order.bookedEnd().toInstant(ZoneOffset.UTC).toString());
    variables.put("reservationKey", order.reservationKey());
    variables.put("provisioningAttempt", order.attempt());
    return WorkResult.complete(variables);
  }

  private OrderRow newOrder(String demandId, String poolId, String reservationKey) {
    Demand demand = demands.find(null, demandId);
    OrderRecords.Candidate candidate = capacity.candidate(demandId, poolId);
    Instant start = records.instant().truncatedTo(ChronoUnit.SECONDS);
    LocalDateTime now = records.now();
    return new OrderRow(UUID.randomUUID().toString(), demandId, demand.consumerId(), poolId, candidate.productId(),
        candidate.providerId(), demand.quantity(), candidate.planVersion(), candidate.estimatedCostFen(), Wallets.CURRENCY,
        utc(start), utc(start.plus(Duration.ofMinutes(demand.durationMinutes()))), demand.paymentMode().name(), 1,
        reservationKey, null, null, null, null, null, OrderStatus.CREATED.name(), now, now, null, null,
        demand.project() == null ? null : demand.project().code(),
        demand.project() == null ? null : demand.project().name());
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
