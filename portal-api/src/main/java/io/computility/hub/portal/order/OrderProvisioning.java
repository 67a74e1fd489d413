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
    ResourcePool pool = inventory.pool(order.poolId())
        .orElseThrow(() -> new IllegalStateException("Unknown pool " + order.poolId()));
    return gateway.provision(new ProvisionRequest(order.providerId(), pool.externalId(),
        Math.toIntExact(order.units()), order.id() + "#" + order.attempt()));
  }

  /** The order's allocation as its provider reports it now. */
  Allocation status(OrderRow order) {
    if (order.allocationId() == null) {
      throw new IllegalStateException("Order " + order.id() + " has no allocation");
    }
    return gateway.status(order.providerId(), order.allocationId());
  }

  /** Gives the order's allocation back; nothing when it has none or it was released before. */
  void release(OrderRow order) {
    if (order.allocationId() != null) {
      gateway.release(order.providerId(), order.allocationId());
    }
  }
}
