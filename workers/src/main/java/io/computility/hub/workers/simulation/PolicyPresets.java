package io.computility.hub.workers.simulation;

import io.computility.hub.workers.placement.PlacementPolicy;
import java.util.List;
import java.util.Map;

/** Ready-made policies to compare in simulations without storing them first. */
public final class PolicyPresets {

  private PolicyPresets() {
  }

  /** Cheapest first; reliability breaks near-ties. */
  public static PlacementPolicy costFirst() {
    return preset("cost-first", Map.of("price", 5.0, "latency", 0.5, "reliability", 1.0));
  }

  /** Closest to the user first. */
  public static PlacementPolicy latencyFirst() {
    return preset("latency-first", Map.of("latency", 5.0, "price", 0.5, "reliability", 1.0));
  }

  /** Lowest non-renewable energy first (east-to-west computing: 东数西算). */
  public static PlacementPolicy greenFirst() {
    return preset("green-first", Map.of("energy", 5.0, "price", 1.0, "reliability", 1.0));
  }

  /** Every preset, by name. */
  public static Map<String, PlacementPolicy> all() {
    return Map.of("cost-first", costFirst(), "latency-first", latencyFirst(), "green-first", greenFirst(),
        "balanced", PlacementPolicy.balanced());
  }

  private static PlacementPolicy preset(String name, Map<String, Double> weights) {
    return new PlacementPolicy(name, 0, null, null, List.of(), weights, Map.of(), null);
  }
}
