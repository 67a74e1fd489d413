package io.computility.hub.workers.simulation;

import io.computility.hub.workers.placement.PlacementRequest;
import io.computility.hub.workers.placement.ResourceKind;
import io.computility.hub.workers.placement.ServiceLevel;
import java.util.Set;

/**
 * One demand of a trace.
 *
 * @param arrivalMinute minutes after the trace's start
 * @param kind resource kind
 * @param quantity units
 * @param durationMinutes how long the units are held
 * @param userRegion where the user is (GB/T 2260), may be {@code null}
 * @param maxLatencyMillis latency cap, 0 = none
 * @param budgetFen budget ceiling, 0 = none
 * @param allowedRegions data-residency constraint, empty = none
 * @param greenPreferred green-power preference
 * @param serviceLevel required level, {@code null} = BASIC
 */
public record DemandEvent(long arrivalMinute, ResourceKind kind, long quantity, long durationMinutes,
    String userRegion, int maxLatencyMillis, long budgetFen, Set<String> allowedRegions, boolean greenPreferred,
    ServiceLevel serviceLevel) {

  public DemandEvent {
    allowedRegions = allowedRegions == null ? Set.of() : Set.copyOf(allowedRegions);
  }

  PlacementRequest toRequest(String demandId) {
    return new PlacementRequest(demandId, null, null, kind, quantity, allowedRegions, Set.of(), userRegion,
        maxLatencyMillis, null, durationMinutes, budgetFen, serviceLevel, greenPreferred, true, 1);
  }
}
