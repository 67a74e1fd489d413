package io.computility.hub.camel.adapter;

import io.computility.hub.camel.resource.ResourcePool;
import java.util.List;

/**
 * The resource layer's port to providers (R-6.4 a): what the scheduling and order processes call to pull inventory,
 * allocate and reclaim resources, and read usage. Each call goes through the provider's Camel adapter, with
 * redelivery, back-off and a per-provider circuit breaker.
 */
public interface ProviderGateway {

  /**
   * Pulls the provider's inventory and remaining capacity now and stores it in the unified model.
   *
   * @return the provider's pools as measured
   * @throws ProviderCallException when the provider cannot be reached or answers nonsense
   */
  List<ResourcePool> syncInventory(String providerId);

  /**
   * Allocates units of a pool. Idempotent on {@link ProvisionRequest#orderRef()}: a repeated request returns the
   * first allocation and calls the provider no second time.
   */
  Allocation provision(ProvisionRequest request);

  /** Reclaims an allocation; releasing one already released does nothing. */
  Allocation release(String providerId, String allocationId);

  /** Reads how much of an allocation has been used so far, and records the sample for metering. */
  UsageReport readUsage(String providerId, String allocationId);
}
