package io.computility.hub.portal.order;

import io.computility.hub.camel.resource.Product;
import io.computility.hub.camel.resource.ResourceInventory;
import io.computility.hub.camel.resource.ResourcePool;
import io.computility.hub.workers.placement.CapacityReservations;
import io.computility.hub.workers.placement.StoredCandidate;
import io.computility.hub.workers.placement.StoredCandidates;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The capacity an order holds on its candidate pools. {@link CapacityReservations} reserves once per key, so every
 * pool an order moves to is reserved under a key of its own: the demand id for the top offer (reserved by the
 * {@code capacity-reservation} step), {@code <demand>#confirmed} when the consumer confirmed another offer, and
 * {@code <demand>#<attempt>} for the candidate of a later provisioning attempt.
 */
@Component
class CandidateCapacity {

  /** Release reason when an order leaves a pool for another one. */
  static final String MOVED = "MOVED";

  private final CapacityReservations reservations;
  private final StoredCandidates candidates;
  private final ResourceInventory inventory;
  private final OrderPricing pricing;

  CandidateCapacity(CapacityReservations reservations, StoredCandidates candidates, ResourceInventory inventory,
      OrderPricing pricing) {
    this.reservations = reservations;
    this.candidates = candidates;
    this.inventory = inventory;
    this.pricing = pricing;
  }

  /** The demand's offer on {@code poolId}, with the listed product and its price plan. */
  OrderRecords.Candidate candidate(String demandId, String poolId) {
    StoredCandidate offer = candidates.find(demandId).stream().filter(c -> c.poolId().equals(poolId)).findFirst()
        .orElseThrow(() -> new IllegalStateException("Pool " + poolId + " is no offer of demand " + demandId));
    return listed(poolId, offer.providerId(), offer.estimatedCostFen());
  }

  /**
   * {@code poolId} as an order that moves there takes it (a migration: the pool need not be one of the demand's
   * offers), keeping the order's {@code estimatedCostFen}.
   */
  OrderRecords.Candidate listed(String poolId, long estimatedCostFen) {
    String providerId = inventory.pool(poolId).map(ResourcePool::providerId)
        .orElseThrow(() -> new IllegalStateException("Unknown pool " + poolId));
    return listed(poolId, providerId, estimatedCostFen);
  }

  private OrderRecords.Candidate listed(String poolId, String providerId, long estimatedCostFen) {
    String productId = inventory.listedProducts().stream().filter(product -> product.poolId().equals(poolId))
        .map(Product::id).findFirst()
        .orElseThrow(() -> new IllegalStateException("Pool " + poolId + " has no listed product"));
    return new OrderRecords.Candidate(poolId, providerId, productId, estimatedCostFen,
        pricing.plan(poolId, productId).version());
  }

  /** The candidate pools after {@code currentPoolId} in the placement's ranking ({@code candidatePoolIds}). */
  static List<String> after(String candidatePoolIds, String currentPoolId) {
    List<String> ranked = Arrays.stream(candidatePoolIds.split(",")).map(String::trim)
        .filter(id -> !id.isEmpty()).toList();
    int current = ranked.indexOf(currentPoolId);
    return ranked.subList(current + 1, ranked.size());
  }

  /** Whether the reservation under {@code key} holds units of {@code poolId}. */
  boolean holds(String key, String poolId) {
    CapacityReservations.Reservation reservation = reservations.find(key);
    return reservation != null && "RESERVED".equals(reservation.state()) && reservation.poolId().equals(poolId);
  }

  /** Reserves {@code units} of {@code poolId} under {@code key}; whether the units are held now. */
  boolean reserve(String key, String poolId, long units) {
    CapacityReservations.Outcome outcome = reservations.reserve(key, poolId, units, null, null, null);
    return outcome == CapacityReservations.Outcome.RESERVED
        || outcome == CapacityReservations.Outcome.ALREADY_RESERVED;
  }

  /** Returns the units held under {@code key}, if any. */
  void release(String key, String reason) {
    reservations.release(key, reason);
  }
}
