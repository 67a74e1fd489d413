package io.computility.hub.workers.placement;

import java.util.Objects;
import java.util.Set;

/**
 * The placement engine's read model of one resource pool, in the resource layer's unified units.
 *
 * @param poolId stable pool id
 * @param providerId the provider that operates the pool
 * @param regionCode GB/T 2260 code of the pool's location (province {@code 440000} or finer, e.g. {@code 440300})
 * @param zone availability zone or data centre within the region
 * @param kind what the pool offers
 * @param unit the unified unit of {@code totalUnits}/{@code remainingUnits} ({@code GPU}, {@code core}, {@code TB}, …)
 * @param totalUnits capacity
 * @param remainingUnits capacity still free
 * @param unitPriceFen list price in fen per unit-hour
 * @param pue power usage effectiveness of the site (≥ 1)
 * @param greenShare share of the site's power from renewable sources, 0..1
 * @param health last reported health
 * @param admissionClass the highest service level the pool was admitted for
 * @param providerReliability the provider's delivered availability over the last period, 0..1
 * @param tags free resource tags (S-7.4 b), e.g. {@code rdma}, {@code a800}
 */
public record CandidatePool(String poolId, String providerId, String regionCode, String zone, ResourceKind kind,
    String unit, long totalUnits, long remainingUnits, long unitPriceFen, double pue, double greenShare,
    PoolHealth health, ServiceLevel admissionClass, double providerReliability, Set<String> tags) {

  public CandidatePool {
    Objects.requireNonNull(poolId, "poolId");
    Objects.requireNonNull(providerId, "providerId");
    Objects.requireNonNull(regionCode, "regionCode");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(health, "health");
    Objects.requireNonNull(admissionClass, "admissionClass");
    tags = tags == null ? Set.of() : Set.copyOf(tags);
  }

  /** Units in use. */
  public long usedUnits() {
    return totalUnits - remainingUnits;
  }

  /** The same pool with another amount of free capacity (the simulator's and the directory's update). */
  public CandidatePool withRemaining(long remaining) {
    return new CandidatePool(poolId, providerId, regionCode, zone, kind, unit, totalUnits, remaining, unitPriceFen,
        pue, greenShare, health, admissionClass, providerReliability, tags);
  }

  /** The same pool with another health. */
  public CandidatePool withHealth(PoolHealth newHealth) {
    return new CandidatePool(poolId, providerId, regionCode, zone, kind, unit, totalUnits, remainingUnits,
        unitPriceFen, pue, greenShare, newHealth, admissionClass, providerReliability, tags);
  }
}
