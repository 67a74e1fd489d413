package io.computility.hub.indicators.analysis;

import io.computility.hub.indicators.catalogue.Aggregation;
import io.computility.hub.indicators.units.RegionCode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rolls partial aggregates up the region hierarchy (county → city → province → nation) by code prefix, and turns
 * them into the indicator's value by its aggregation rule: sums for SUM and LAST (stocks add up across units),
 * means for AVERAGE, weighted means for WEIGHTED. Pure.
 */
public final class RegionRollup {

  private RegionRollup() {
  }

  /** One region's statistic: its value and the number of unit values behind it. */
  public record RegionValue(String regionCode, BigDecimal value, long units) {
  }

  /**
   * Rolls partials keyed by the units' region codes up to regions of the given level (0 nation, 1 province, 2
   * city, 3 county), keeping only regions within {@code scope}.
   */
  public static List<RegionValue> rollUp(Map<String, Partial> byRegionCode, int level, Aggregation aggregation,
      RegionCode scope) {
    Map<String, Partial> rolled = new TreeMap<>();
    byRegionCode.forEach((code, partial) -> {
      RegionCode region = new RegionCode(code);
      if (scope.contains(region)) {
        rolled.merge(region.atLevel(level).code(), partial, Partial::plus);
      }
    });
    return rolled.entrySet().stream()
        .map(entry -> new RegionValue(entry.getKey(), value(entry.getValue(), aggregation),
            entry.getValue().count()))
        .toList();
  }

  /** The value of a partial under an aggregation rule. */
  public static BigDecimal value(Partial partial, Aggregation aggregation) {
    return switch (aggregation) {
      case SUM, LAST -> partial.count() == 0 ? null : partial.sum();
      case AVERAGE -> partial.mean();
      case WEIGHTED -> partial.weightedMean();
    };
  }
}
