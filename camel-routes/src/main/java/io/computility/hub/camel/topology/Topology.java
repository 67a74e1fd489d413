package io.computility.hub.camel.topology;

import io.computility.hub.camel.resource.AdmissionStatus;
import io.computility.hub.camel.resource.ConnectionMethod;
import io.computility.hub.camel.resource.Health;
import io.computility.hub.camel.resource.ProviderKind;
import io.computility.hub.camel.resource.ProviderSource;
import io.computility.hub.camel.resource.ResourceKind;
import io.computility.hub.camel.resource.UnifiedCapacity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The live topology of connected resources (S-7.4 a): regions with their providers and pools in unified figures,
 * and the measured links between regions.
 *
 * @param regions regions that host at least one matching provider
 * @param links inter-region links measured by carriers
 * @param generatedAt when this view was taken
 */
public record Topology(List<Region> regions, List<Link> links, Instant generatedAt) {

  /**
   * One region.
   *
   * @param code GB/T 2260 code
   * @param name localised name
   * @param province the province code it rolls up to
   * @param total unified figures of all its pools
   * @param remaining what is still free
   * @param providers its providers
   */
  public record Region(String code, String name, String province, UnifiedCapacity total,
      UnifiedCapacity remaining, List<ProviderNode> providers) {
  }

  /**
   * A provider with its pools.
   *
   * @param id provider id
   * @param name display name
   * @param owner owning organisation
   * @param kind encapsulation kind
   * @param source configured, simulated or partner
   * @param admissionStatus onboarding state
   * @param health last seen health, down while its circuit is open
   * @param pue power usage effectiveness
   * @param greenPowerShare share of green power
   * @param lastSyncAt last successful synchronisation
   * @param pools its pools
   */
  public record ProviderNode(String id, String name, String owner, ProviderKind kind, ProviderSource source,
      AdmissionStatus admissionStatus, Health health, BigDecimal pue, BigDecimal greenPowerShare,
      Instant lastSyncAt, List<PoolNode> pools) {
  }

  /**
   * A pool in unified figures.
   *
   * @param id hub id
   * @param kind what it offers
   * @param zone availability zone
   * @param spec vendor spec of one unit
   * @param admissionClass admission class
   * @param connection connection method
   * @param totalUnits units
   * @param remainingUnits free units
   * @param usedUnits used units
   * @param unit figures of one unit
   * @param total figures of the pool
   * @param remaining figures still free
   * @param priceFenPerUnitHour price of a unit-hour in fen
   * @param currency ISO 4217 code
   * @param health live health
   * @param tags resource tags
   */
  public record PoolNode(String id, ResourceKind kind, String zone, String spec, String admissionClass,
      ConnectionMethod connection, int totalUnits, int remainingUnits, int usedUnits, UnifiedCapacity unit,
      UnifiedCapacity total, UnifiedCapacity remaining, long priceFenPerUnitHour, String currency, Health health,
      List<String> tags) {
  }

  /**
   * A link between two regions.
   *
   * @param from one end
   * @param to the other end
   * @param latencyMs round-trip latency
   * @param bandwidthGbps bandwidth
   * @param measuredBy the carrier
   */
  public record Link(String from, String to, BigDecimal latencyMs, BigDecimal bandwidthGbps, String measuredBy) {
  }
}
