package io.computility.hub.portal.order;

import io.computility.hub.camel.adapter.Allocation;
import io.computility.hub.camel.adapter.ProviderGateway;
import io.computility.hub.camel.adapter.ProvisionRequest;
import io.computility.hub.camel.resource.ResourceInventory;
import io.computility.hub.camel.resource.ResourcePool;
import org.springframework.stereotype.Component;

/** An order's resources at its provider, through the resource layer's {@link ProviderGateway}. */
@Component
class OrderProvisioning {

  private final ProviderGateway gateway;
  private final ResourceInventory inventory;

  OrderProvisioning(ProviderGateway gateway, ResourceInventory inventory) {
    this.gateway = gateway;
    this.inventory = inventory;
  }

  /**
   * Asks the order's provider for its units on its current pool. The idempotency key is the order id and the
   * attempt, so a retried step returns the first allocation and a later attempt asks afresh.
   */
  Allocation provision(OrderRow order) {
    return provision(order, order.poolId(), order.id() + "#" + order.attempt());
  }

  /** Asks the provider of {@code poolId} for the order's units there, under the idempotency key {@code key}. */
  Allocation provision(OrderRow order, String poolId, String key) {
    ResourcePool pool = pool(poolId);
    return gateway.provision(new ProvisionRequest(pool.providerId(), pool.externalId(),
        Math.toIntExact(order.units()), key));
  }

  /** The provider of {@code poolId}. */
  String providerOf(String poolId) {
    return pool(poolId).providerId();
  }

  private ResourcePool pool(String poolId) {
    return inventory.pool(poolId).orElseThrow(() -> new IllegalStateException("Unknown pool " + poolId));
  }

  /** The order's allocation as its provider reports it now. */
  Allocation status(OrderRow order) {
    if (order.allocationId() == null) {
      throw new IllegalStateException("Order " + order.id() + " has no allocation");
    }
    return status(order.providerId(), order.allocationId());
  }

  /** An allocation at {@code providerId} as the provider reports it now. */
  Allocation status(String providerId, String allocationId) {
    return gateway.status(providerId, allocationId);
  }

  /** Gives the order's allocation back; nothing when it has none or it was released before. */
  void release(OrderRow order) {
    release(order.providerId(), order.allocationId());
  }

  /** Gives an allocation at {@code providerId} back; nothing when there is none ({@code null}). */
  void release(String providerId, String allocationId) {
    if (allocationId != null) {
      gateway.release(providerId, allocationId);
    }
  }
}
