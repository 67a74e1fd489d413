package io.computility.hub.workers.placement;

import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.Worker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Topic {@code capacity-reservation}: on order confirmation, reserves {@code units} of {@code poolId} for
 * {@code demandId} (optional {@code policyName}, {@code policyVersion}, {@code holdMinutes}, {@code userClass}:
 * {@code PUBLIC_SERVICE} may take the pool's reserved public-service share). Idempotent per
 * demand. Output {@code reservationOutcome}; BPMN errors {@code INSUFFICIENT_CAPACITY}, {@code UNKNOWN_POOL},
 * {@code RESERVATION_CONFLICT}, {@code RESERVATION_RELEASED}.
 */
@Component
class CapacityReservationWorker implements Worker {

  private static final String PUBLIC_SERVICE = "PUBLIC_SERVICE";

  private final CapacityReservations reservations;
  private final Clock clock;

  CapacityReservationWorker(CapacityReservations reservations, ObjectProvider<Clock> clock) {
    this.reservations = reservations;
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  @Override
  public String topic() {
    return "capacity-reservation";
  }

  @Override
  public WorkResult work(WorkItem item) {
    Object version = item.get("policyVersion");
    Object hold = item.get("holdMinutes");
    Instant expiresAt = hold == null ? null
        : clock.instant().plus(Duration.ofMinutes(((Number) hold).longValue()));
    CapacityReservations.Outcome outcome = reservations.reserve(item.requiredString("demandId"),
        item.requiredString("poolId"), item.requiredLong("units"), item.stringOr("policyName", null),
        version == null ? null : ((Number) version).intValue(), expiresAt,
        PUBLIC_SERVICE.equals(item.stringOr("userClass", null)));
    Map<String, Object> variables = Map.of("reservationOutcome", outcome.name());
    return switch (outcome) {
      case RESERVED, ALREADY_RESERVED -> WorkResult.complete(variables);
      case INSUFFICIENT_CAPACITY -> WorkResult.bpmnError("INSUFFICIENT_CAPACITY", "Not enough units left", variables);
      case UNKNOWN_POOL -> WorkResult.bpmnError("UNKNOWN_POOL", "Pool capacity not registered", variables);
      case CONFLICT -> WorkResult.bpmnError("RESERVATION_CONFLICT", "Demand holds another reservation", variables);
      case ALREADY_RELEASED -> WorkResult.bpmnError("RESERVATION_RELEASED", "Reservation was released", variables);
    };
  }
}
