package io.computility.hub.camel.resource;

import java.time.Instant;
import java.util.List;

/**
 * A pool of like units at one provider, described in unified figures (R-6.3 b, R-6.5).
 *
 * @param id hub id ({@code <provider>:<external id>})
 * @param providerId owning provider
 * @param externalId the provider's id of the pool
 * @param kind what it offers
 * @param regionCode GB/T 2260 code
 * @param zone availability zone
 * @param spec vendor spec of one unit
 * @param admissionClass class it was admitted in, {@code null} when refused
 * @param connection connection method decided by the class
 * @param totalUnits units in the pool
 * @param remainingUnits units free
 * @param unit unified figures of one unit
 * @param priceFenPerUnitHour price of a unit-hour in minor units
 * @param currency ISO 4217 currency
 * @param health live health
 * @param tags capability, location, type and energy tags (S-7.4 b)
 * @param updatedAt last synchronisation
 */
public record ResourcePool(String id, String providerId, String externalId, ResourceKind kind, String regionCode,
    String zone, String spec, String admissionClass, ConnectionMethod connection, int totalUnits,
    int remainingUnits, UnifiedCapacity unit, long priceFenPerUnitHour, String currency, Health health,
    List<String> tags, Instant updatedAt) {

  /** Units in use. */
  public int usedUnits() {
    return totalUnits - remainingUnits;
  }

  /** Unified figures of the whole pool. */
  public UnifiedCapacity total() {
    return unit.times(totalUnits);
  }

  /** Unified figures still free. */
  public UnifiedCapacity remaining() {
    return unit.times(remainingUnits);
  }
}
