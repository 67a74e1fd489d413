package io.computility.hub.workers.placement.policy;

import io.computility.hub.workers.placement.AutoSelectRule;
import io.computility.hub.workers.placement.BusinessType;
import io.computility.hub.workers.placement.PlacementPolicy;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * One stored version of a policy, as the API returns it.
 *
 * @param createdAt UTC time the version was written
 * @param createdBy who wrote it
 * @param deleted whether this version deleted the policy
 */
public record PolicyView(String name, int version, BusinessType businessType, String tenantId, List<String> filters,
    Map<String, Double> weights, Map<String, Double> parameters, AutoSelectRule autoSelect, boolean deleted,
    LocalDateTime createdAt, String createdBy) {

  /** The engine's form of this version. */
  public PlacementPolicy toPolicy() {
    return new PlacementPolicy(name, version, businessType, tenantId, filters, weights, parameters, autoSelect);
  }
}
