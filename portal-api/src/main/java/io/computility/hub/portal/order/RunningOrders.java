package io.computility.hub.portal.order;

import io.computility.hub.workers.placement.DemandSource;
import io.computility.hub.workers.placement.optimisation.RunningPlacement;
import io.computility.hub.workers.placement.optimisation.RunningPlacements;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The placement optimiser's {@link RunningPlacements}: every {@code RUNNING} order on its pool, with its demand as the
 * placement engine read it when it placed the order ({@link DemandSource}). Orders whose migration is under way are
 * left out: they are moving already.
 */
@Component
class RunningOrders implements RunningPlacements {

  private final OrderMapper orders;
  private final DemandSource demands;

  RunningOrders(OrderMapper orders, DemandSource demands) {
    this.orders = orders;
    this.demands = demands;
  }

  @Override
  public List<RunningPlacement> running() {
    return orders.running().stream()
        .flatMap(order -> demands.find(order.demandId())
            .map(demand -> new RunningPlacement(order.id(), order.poolId(), demand)).stream())
        .toList();
  }
}
