package io.computility.hub.portal.demand;

import io.computility.hub.workers.billing.Project;
import io.computility.hub.workers.placement.BusinessType;
import io.computility.hub.workers.placement.PlacementRequest;
import io.computility.hub.workers.placement.ResourceKind;
import io.computility.hub.workers.placement.ServiceLevel;
import java.time.Instant;
import java.util.Set;

/**
 * A published demand and where it stands.
 *
 * @param id the demand's id, also the business key of its {@code order-fulfilment} process
 * @param consumerId the account that published it and pays (its username)
 * @param kind resource kind
 * @param quantity units wanted
 * @param durationMinutes booked duration
 * @param start wanted start, {@code null} = as soon as possible
 * @param allowedRegions hard region constraint, empty = anywhere
 * @param preferredRegions soft region preference
 * @param userRegion the consumer's region, may be {@code null}
 * @param maxLatencyMillis latency cap, 0 = none
 * @param budgetFen cost ceiling in fen, 0 = none
 * @param serviceLevel required service level
 * @param businessType business type, may be {@code null}
 * @param greenPreferred green power preferred
 * @param autoSelectPreferred the platform may take the best offer without asking
 * @param paymentMode prepaid or postpaid
 * @param status where it stands
 * @param createdAt when it was published
 * @param updatedAt when its status last changed
 * @param project the consumer's project the order is for, {@code null} for none
 */
public record Demand(String id, String consumerId, ResourceKind kind, long quantity, long durationMinutes,
    Instant start, Set<String> allowedRegions, Set<String> preferredRegions, String userRegion,
    int maxLatencyMillis, long budgetFen, ServiceLevel serviceLevel, BusinessType businessType,
    boolean greenPreferred, boolean autoSelectPreferred, PaymentMode paymentMode, DemandStatus status,
    Instant createdAt, Instant updatedAt, Project project) {

  public Demand {
    allowedRegions = allowedRegions == null ? Set.of() : Set.copyOf(allowedRegions);
    preferredRegions = preferredRegions == null ? Set.of() : Set.copyOf(preferredRegions);
  }

  /** The demand as the placement engine reads it. */
  public PlacementRequest toPlacementRequest() {
    return new PlacementRequest(id, consumerId, businessType, kind, quantity, allowedRegions, preferredRegions,
        userRegion, maxLatencyMillis, start, durationMinutes, budgetFen, serviceLevel, greenPreferred,
        autoSelectPreferred, PlacementRequest.DEFAULT_LIMIT);
  }
}
