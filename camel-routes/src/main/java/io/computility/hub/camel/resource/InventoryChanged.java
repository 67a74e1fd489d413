package io.computility.hub.camel.resource;

import java.util.List;

/**
 * Published by {@link ResourceInventory} (a Spring application event, after commit for listeners that ask so)
 * whenever what a provider offers may have changed: inventory recorded, health marked, admission decided, products
 * moved or tags regenerated.
 *
 * @param providerId the provider
 * @param synchronisedPools the pools as just recorded from a synchronisation; empty for every other change
 */
public record InventoryChanged(String providerId, List<ResourcePool> synchronisedPools) {

  public InventoryChanged {
    synchronisedPools = List.copyOf(synchronisedPools);
  }

  static InventoryChanged of(String providerId) {
    return new InventoryChanged(providerId, List.of());
  }
}
