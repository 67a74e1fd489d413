package io.computility.hub.camel.simulator;

import io.computility.hub.camel.resource.ProviderKind;
import io.computility.hub.camel.resource.ResourceKind;
import java.math.BigDecimal;
import java.util.List;

/**
 * The fixed description of one simulated provider.
 *
 * @param id provider id, also its path segment under {@code /simulator/}
 * @param name display name
 * @param owner owning organisation
 * @param kind which protocol it speaks
 * @param region GB/T 2260 code
 * @param pue power usage effectiveness
 * @param greenPowerShare share of green power
 * @param pools what it offers
 * @param links latency matrix (carriers only)
 */
record SimulatedProvider(String id, String name, String owner, ProviderKind kind, String region, BigDecimal pue,
    BigDecimal greenPowerShare, List<Pool> pools, List<Link> links) {

  /**
   * A pool: a flavor, node model, node spec, partition or bandwidth offer.
   *
   * @param id the provider's id of it
   * @param kind resource kind
   * @param zone availability zone (carriers: "a-z" region codes)
   * @param spec vendor spec of one unit
   * @param units how many units (servers, nodes, accelerators, circuits)
   * @param priceFen price of one unit-hour in fen
   */
  record Pool(String id, ResourceKind kind, String zone, String spec, int units, long priceFen) {
  }

  /**
   * A measured link between two regions.
   *
   * @param a one end
   * @param z the other end
   * @param rttMs round-trip time
   * @param bandwidthGbps bandwidth
   */
  record Link(String a, String z, double rttMs, int bandwidthGbps) {
  }
}
