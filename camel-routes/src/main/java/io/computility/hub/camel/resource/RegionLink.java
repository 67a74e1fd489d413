package io.computility.hub.camel.resource;

import java.math.BigDecimal;

/**
 * A measured network link between two regions, as a carrier reports it (S-7.4 a).
 *
 * @param providerId the carrier that measured it
 * @param fromRegion GB/T 2260 code of one end
 * @param toRegion GB/T 2260 code of the other end
 * @param latencyMs round-trip latency in ms
 * @param bandwidthGbps bandwidth available between them in Gbit/s
 */
public record RegionLink(String providerId, String fromRegion, String toRegion, BigDecimal latencyMs,
    BigDecimal bandwidthGbps) {

  public RegionLink {
    RegionCode.of(fromRegion);
    RegionCode.of(toRegion);
  }
}
