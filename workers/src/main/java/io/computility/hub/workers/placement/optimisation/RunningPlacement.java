package io.computility.hub.workers.placement.optimisation;

import io.computility.hub.workers.placement.PlacementRequest;

/**
 * An order that is running on a pool, as the order process reports it.
 *
 * @param orderId the order
 * @param poolId the pool it runs on
 * @param demand the demand it was placed for (quantity, constraints)
 */
public record RunningPlacement(String orderId, String poolId, PlacementRequest demand) {
}
