package io.computility.hub.workers.placement;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A demand as the placement engine sees it.
 *
 * @param demandId the demand's id (operations layer)
 * @param tenantId the requesting tenant, may be {@code null}
 * @param businessType the business type, may be {@code null}
 * @param kind the resource kind wanted
 * @param quantity units wanted, in the pool's unified unit
 * @param allowedRegions hard region / data-residency constraint (GB/T 2260 areas); empty = anywhere
 * @param preferredRegions soft preference; empty = none
 * @param userRegion where the user's traffic comes from, may be {@code null}
 * @param maxLatencyMillis round-trip cap from {@code userRegion}; 0 = none
 * @param start wanted start, may be {@code null} (= now)
 * @param durationMinutes wanted duration
 * @param budgetFen ceiling on the estimated cost in fen; 0 = none
 * @param serviceLevel required service level
 * @param greenPreferred whether the user prefers green power
 * @param autoSelectPreferred whether the user lets the platform pick the offer without asking (O-8.4 a)
 * @param limit how many ranked candidates to return
 */
public record PlacementRequest(String demandId, String tenantId, BusinessType businessType, ResourceKind kind,
    long quantity, Set<String> allowedRegions, Set<String> preferredRegions, String userRegion, int maxLatencyMillis,
    Instant start, long durationMinutes, long budgetFen, ServiceLevel serviceLevel, boolean greenPreferred,
    boolean autoSelectPreferred, int limit) {

  /** Candidates returned when the caller does not say. */
  public static final int DEFAULT_LIMIT = 5;

  public PlacementRequest {
    Objects.requireNonNull(kind, "kind");
    if (quantity <= 0) {
      throw new IllegalArgumentException("quantity must be positive");
    }
    if (durationMinutes <= 0) {
      throw new IllegalArgumentException("durationMinutes must be positive");
    }
    allowedRegions = allowedRegions == null ? Set.of() : Set.copyOf(allowedRegions);
    preferredRegions = preferredRegions == null ? Set.of() : Set.copyOf(preferredRegions);
    serviceLevel = serviceLevel == null ? ServiceLevel.BASIC : serviceLevel;
    limit = limit <= 0 ? DEFAULT_LIMIT : limit;
  }

  /** A minimal request: {@code quantity} units of {@code kind} for {@code durationMinutes}, no constraints. */
  public static PlacementRequest of(String demandId, ResourceKind kind, long quantity, long durationMinutes) {
    return new PlacementRequest(demandId, null, null, kind, quantity, Set.of(), Set.of(), null, 0, null,
        durationMinutes, 0, ServiceLevel.BASIC, false, false, DEFAULT_LIMIT);
  }
}
