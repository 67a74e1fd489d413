package io.computility.hub.workers.placement;

import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.Worker;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Topic {@code capacity-release}: on cancellation, timeout (the order process's timer) or the end of the run,
 * returns the demand's reserved units. {@code demandId}, optional {@code reason} (default {@code CANCELLED}).
 * Idempotent: output {@code capacityReleased} is {@code true} only for the call that returned the units.
 */
@Component
class CapacityReleaseWorker implements Worker {

  private final CapacityReservations reservations;

  CapacityReleaseWorker(CapacityReservations reservations) {
    this.reservations = reservations;
  }

  @Override
  public String topic() {
    return "capacity-release";
  }

  @Override
  public WorkResult work(WorkItem item) {
    boolean released = reservations.release(item.requiredString("demandId"), item.stringOr("reason", "CANCELLED"));
    return WorkResult.complete(Map.of("capacityReleased", released));
  }
}
