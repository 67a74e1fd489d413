package io.computility.hub.workers.placement;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A placement policy (S-7.3 b): which filters run, how scorers are weighted, plugin parameters and the
 * auto-selection rule. Policies are versioned; {@code (name, version)} identifies the one that placed an order.
 *
 * @param name the policy's name
 * @param version its version, 1 and up; 0 for a policy not (yet) stored
 * @param businessType the business type it serves, or {@code null}
 * @param tenantId the tenant it serves, or {@code null}
 * @param filters names of the enabled filters; empty = every registered filter
 * @param weights scorer name to weight (≥ 0); a scorer without weight or with weight 0 is off
 * @param parameters plugin parameters by name, e.g. {@code health.allowDegraded = 1}
 * @param autoSelect when the top candidate may be picked without asking
 */
public record PlacementPolicy(String name, int version, BusinessType businessType, String tenantId,
    List<String> filters, Map<String, Double> weights, Map<String, Double> parameters, AutoSelectRule autoSelect) {

  public PlacementPolicy {
    Objects.requireNonNull(name, "name");
    filters = filters == null ? List.of() : List.copyOf(filters);
    weights = weights == null ? Map.of() : Map.copyOf(weights);
    parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    autoSelect = autoSelect == null ? AutoSelectRule.userPreference() : autoSelect;
  }

  /** The built-in default: all filters, all standard scorers weighted equally. */
  public static PlacementPolicy balanced() {
    return new PlacementPolicy("balanced", 0, null, null, List.of(),
        Map.of("price", 1.0, "latency", 1.0, "energy", 1.0, "balance", 1.0, "reliability", 1.0, "preference", 0.5),
        Map.of(), AutoSelectRule.userPreference());
  }

  /** A parameter's value, or {@code fallback}. */
  public double parameter(String key, double fallback) {
    Double value = parameters.get(key);
    return value == null ? fallback : value;
  }

  /** The scorer's weight, 0 when absent. */
  public double weight(String scorer) {
    Double value = weights.get(scorer);
    return value == null ? 0 : value;
  }

  /** This policy stored under another version. */
  public PlacementPolicy withVersion(int newVersion) {
    return new PlacementPolicy(name, newVersion, businessType, tenantId, filters, weights, parameters, autoSelect);
  }
}
