package io.computility.hub.workers.placement;

/** Port: which policy places a demand of this tenant and business type (implemented by policy management). */
public interface PlacementPolicyResolver {

  /** The policy to apply; never {@code null} (a built-in default at worst). */
  PlacementPolicy resolve(String tenantId, BusinessType businessType);
}
