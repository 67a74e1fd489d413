package io.computility.hub.camel.adapter;

import io.computility.hub.camel.resource.PoolSnapshot;
import io.computility.hub.camel.resource.RegionLink;
import java.util.List;

/**
 * What one inventory response yielded, and which request fetches the rest.
 *
 * @param pools pools (or parts of pools) on this page
 * @param links inter-region links (network providers only)
 * @param next the next request, {@code null} on the last page
 */
record InventoryPage(List<PoolSnapshot> pools, List<RegionLink> links, HttpCall next) {

  static InventoryPage of(List<PoolSnapshot> pools, HttpCall next) {
    return new InventoryPage(pools, List.of(), next);
  }
}
