package io.computility.hub.portal.demand;

import io.computility.hub.workers.billing.Project;
import io.computility.hub.workers.placement.BusinessType;
import io.computility.hub.workers.placement.ResourceKind;
import io.computility.hub.workers.placement.ServiceLevel;
import java.time.Instant;
import java.util.Set;

/**
 * A custom demand as a consumer publishes it (O-8.2): what to run, where, for how long and how to pay. The fields
 * mirror the placement engine's {@code PlacementRequest}; {@link Demands#publish} checks them and names the field
 * at fault.
 *
 * @param kind the resource kind wanted (required)
 * @param quantity units wanted, in the pool's unified unit (GPU cards, cores, TB …), at least 1
 * @param durationMinutes how long the resources are booked, at least 1 minute, at most a year
 * @param start wanted start; {@code null} = as soon as possible
 * @param allowedRegions hard region / data-residency constraint (six-digit GB/T 2260 codes); empty = anywhere
 * @param preferredRegions soft region preference; empty = none
 * @param userRegion where the consumer's traffic comes from (GB/T 2260), may be {@code null}
 * @param maxLatencyMillis round-trip cap from {@code userRegion}; 0 = none
 * @param budgetFen ceiling on the estimated cost in fen; 0 = none
 * @param serviceLevel required service level; {@code null} = {@code BASIC}
 * @param businessType business type, for the policy that places it; may be {@code null}
 * @param greenPreferred whether green power is preferred
 * @param autoSelectPreferred whether the platform may take the best offer without asking (O-8.4 a)
 * @param paymentMode how the order is paid (required)
 * @param project the consumer's project the order is for ({@code code} and {@code name}), carried to the order and
 *     its bill so monthly bills can be split by project; {@code null} for none
 */
public record DemandDraft(ResourceKind kind, long quantity, long durationMinutes, Instant start,
    Set<String> allowedRegions, Set<String> preferredRegions, String userRegion, int maxLatencyMillis,
    long budgetFen, ServiceLevel serviceLevel, BusinessType businessType, boolean greenPreferred,
    boolean autoSelectPreferred, PaymentMode paymentMode, Project project) {

  public DemandDraft {
    allowedRegions = allowedRegions == null ? Set.of() : Set.copyOf(allowedRegions);
    preferredRegions = preferredRegions == null ? Set.of() : Set.copyOf(preferredRegions);
    serviceLevel = serviceLevel == null ? ServiceLevel.BASIC : serviceLevel;
  }

  /** A draft for no project. */
  public DemandDraft(ResourceKind kind, long quantity, long durationMinutes, Instant start,
      Set<String> allowedRegions, Set<String> preferredRegions, String userRegion, int maxLatencyMillis,
      long budgetFen, ServiceLevel serviceLevel, BusinessType businessType, boolean greenPreferred,
      boolean autoSelectPreferred, PaymentMode paymentMode) {
    this(kind, quantity, durationMinutes, start, allowedRegions, preferredRegions, userRegion, maxLatencyMillis,
        budgetFen, serviceLevel, businessType, greenPreferred, autoSelectPreferred, paymentMode, null);
  }
}
