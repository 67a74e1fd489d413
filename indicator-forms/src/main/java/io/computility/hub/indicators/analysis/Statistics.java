package io.computility.hub.indicators.analysis;

import io.computility.hub.indicators.Caller;
import io.computility.hub.indicators.MonitoringProblem;
import io.computility.hub.indicators.catalogue.Indicator;
import io.computility.hub.indicators.catalogue.IndicatorCatalogue;
import io.computility.hub.indicators.catalogue.IndicatorTree;
import io.computility.hub.indicators.collection.PeriodType;
import io.computility.hub.indicators.units.RegionCode;
import io.computility.hub.indicators.units.ReportingUnits;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/**
 * Statistics (M-9.4 a, c): an indicator by region at a level (roll-up by code prefix), with period-on-period and
 * year-on-year comparison, and all indicators under a category. Always within the caller's region.
 */
@Service
public class Statistics {

  private final StatisticsMapper statistics;
  private final IndicatorCatalogue catalogue;

  Statistics(StatisticsMapper statistics, IndicatorCatalogue catalogue) {
    this.statistics = statistics;
    this.catalogue = catalogue;
  }

  /**
   * One region's statistic with its comparisons.
   *
   * @param periodOnPeriod change against the previous period in percent, {@code null} without a base
   * @param yearOnYear change against the same period a year earlier in percent
   */
  public record RegionStatistic(String indicatorCode, String regionCode, String period, BigDecimal value,
      long units, BigDecimal previous, BigDecimal yearAgo, BigDecimal periodOnPeriod, BigDecimal yearOnYear) {
  }

  /**
   * An indicator by region.
   *
   * @param region the region to look into (default: the caller's scope); must lie within the caller's scope
   * @param level 0 nation, 1 province, 2 city, 3 county; never above the region's own level
   */
  public List<RegionStatistic> byRegion(String indicatorCode, String period, String region, int level,
      Caller caller) {
    Indicator indicator = catalogue.get(indicatorCode);
    RegionCode scope = scope(region, caller);
    PeriodType type = periodType(period);
    int effectiveLevel = Math.max(level, scope.level());
    Map<String, RegionRollup.RegionValue> current = rolled(indicator, period, scope, effectiveLevel);
    Map<String, RegionRollup.RegionValue> previous = rolled(indicator, type.shift(period, -1), scope,
        effectiveLevel);
    Map<String, RegionRollup.RegionValue> yearAgo = rolled(indicator, type.yearAgo(period), scope,
        effectiveLevel);
    return current.values().stream().map(value -> {
      BigDecimal before = valueOf(previous.get(value.regionCode()));
      BigDecimal lastYear = valueOf(yearAgo.get(value.regionCode()));
      return new RegionStatistic(indicatorCode, value.regionCode(), period, value.value(), value.units(), before,
          lastYear, change(value.value(), before), change(value.value(), lastYear));
    }).toList();
  }

  /** Every leaf indicator under a category (level one or two) for one region, e.g. all of power coordination. */
  public List<RegionStatistic> byCategory(String categoryCode, String period, String region, Caller caller) {
    IndicatorTree tree = catalogue.tree();
    RegionCode scope = scope(region, caller);
    return tree.subtree(categoryCode).stream()
        .filter(indicator -> indicator.levelNo() == 3 && indicator.valueType().numeric())
        .flatMap(indicator -> byRegion(indicator.code(), period, scope.code(), scope.level(), caller).stream())
        .toList();
  }

  /** The region a caller asked for, checked against its scope; a region outside it is refused. */
  static RegionCode scope(String region, Caller caller) {
    RegionCode own = caller.seesAllRegions() ? RegionCode.NATION : new RegionCode(caller.region());
    if (region == null) {
      return own;
    }
    if (!RegionCode.isValid(region)) {
      throw new MonitoringProblem.Invalid("region-invalid", "Region code must be six digits", "region");
    }
    RegionCode asked = new RegionCode(region);
    if (!own.contains(asked)) {
      throw new MonitoringProblem.OutOfScope("Region " + region + " is outside the caller's region "
          + own.code());
    }
    return asked;
  }

  private Map<String, RegionRollup.RegionValue> rolled(Indicator indicator, String period, RegionCode scope,
      int level) {
    Map<String, Partial> partials = new HashMap<>();
    for (StatisticsMapper.PartialRow row : statistics.partials(indicator.code(), indicator.weightCode(), period,
        scope.prefix())) {
      partials.put(row.regionCode(), new Partial(row.total(), row.n(), row.weightedSum(), row.weightTotal()));
    }
    Map<String, RegionRollup.RegionValue> byRegion = new TreeMap<>();
    RegionRollup.rollUp(partials, level, indicator.aggregation(), scope)
        .forEach(value -> byRegion.put(value.regionCode(), value));
    return byRegion;
  }

  private static PeriodType periodType(String period) {
    try {
      return PeriodType.of(period);
    } catch (IllegalArgumentException e) {
      throw new MonitoringProblem.Invalid("period-invalid", "Not a period: " + period, "period");
    }
  }

  private static BigDecimal valueOf(RegionRollup.RegionValue value) {
    return value == null ? null : value.value();
  }

  /** Relative change in percent, to two places; none without a non-zero base. */
  static BigDecimal change(BigDecimal now, BigDecimal base) {
    if (now == null || base == null || base.signum() == 0) {
      return null;
    }
    return now.subtract(base).multiply(BigDecimal.valueOf(100))
        .divide(base.abs(), MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP);
  }
}
