package io.computility.hub.camel.adapter;

import io.computility.hub.camel.resource.ResourcePool;
import java.util.List;

/**
 * The resource layer's port to providers (R-6.4 a): what the scheduling and order processes call to pull inventory,
 * allocate and reclaim resources, follow provisioning and read usage. Each call goes through the provider's Camel
 * adapter, with redelivery, back-off and a per-provider circuit breaker; failures are {@link ProviderCallException}.
 *
 * <p>Provisioning is asynchronous: {@link #provision} answers with the allocation as the provider reports it
 * ({@code PENDING} while a server builds, a job is queued or a circuit is configured; {@code ACTIVE} when usable at
 * once). Completion is learnt by {@link #status} (polling) or a partner's callback; either way the change is stored
 * once and the BPMN message {@code ProvisioningReported} is correlated to the process waiting on the allocation.
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
   * stored allocation (in its current state) and calls the provider no second time.
   *
   * @return the allocation as the provider reports it: {@code PENDING}, {@code ACTIVE} or (rarely at once)
   *     {@code FAILED}
   * @throws ProviderCallException when the provider refuses the request (e.g. 409 without capacity; not retryable)
   *     or cannot be reached (retryable)
   */
  Allocation provision(ProvisionRequest request);

  /**
   * The allocation's state. While it is {@code PENDING} the provider is asked and a change is stored (and
   * announced); otherwise the stored state is returned without a call.
   *
   * @throws IllegalArgumentException when the provider has no such allocation
   * @throws ProviderCallException when the provider cannot be asked; the allocation stays {@code PENDING}
   */
  Allocation status(String providerId, String allocationId);

  /** Reclaims an allocation (pending, active or failed); releasing one already released does nothing. */
  Allocation release(String providerId, String allocationId);

  /** Reads how much of an allocation has been used so far, and records the sample for metering. */
  UsageReport readUsage(String providerId, String allocationId);
}
