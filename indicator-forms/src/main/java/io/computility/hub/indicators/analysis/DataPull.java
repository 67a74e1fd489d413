package io.computility.hub.indicators.analysis;

import io.computility.hub.indicators.Caller;
import io.computility.hub.indicators.units.RegionCode;
import io.computility.hub.indicators.units.ReportingUnit;
import io.computility.hub.indicators.units.ReportingUnits;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The pull side of the data interface (M-9.5 b): accepted values by indicator, region, period and unit, paged,
 * within the caller's scope (a regulator's region, a reporter's own units).
 */
@Service
public class DataPull {

  private final StatisticsMapper statistics;
  private final ReportingUnits units;

  DataPull(StatisticsMapper statistics, ReportingUnits units) {
    this.statistics = statistics;
    this.units = units;
  }

  /** One page of values. */
  public List<StoredValue> values(String indicator, String period, String region, String unit,
      int page, int size, Caller caller) {
    RegionCode scope = caller.is("REPORTER") && !caller.is("OPERATOR") ? RegionCode.NATION
        : Statistics.scope(region, caller);
    List<String> ownUnits = null;
    if (caller.is("REPORTER") && !caller.is("OPERATOR") && !caller.is("REGULATOR")) {
      ownUnits = units.list(caller).stream().map(ReportingUnit::code).toList();
      if (ownUnits.isEmpty()) {
        return List.of();
      }
    }
    return statistics.values(scope.prefix(), indicator, period, unit, ownUnits, size, page * size);
  }

  /** Values as CSV, with a header. */
  public static String csv(List<StoredValue> rows) {
    StringBuilder csv = new StringBuilder("unit_code,region_code,indicator_code,period,value,revision,updated_at\n");
    for (StoredValue row : rows) {
      String value = row.numValue() != null ? row.numValue().stripTrailingZeros().toPlainString()
          : quote(row.textValue());
      csv.append(row.unitCode()).append(',').append(row.regionCode()).append(',').append(row.indicatorCode())
          .append(',').append(row.period()).append(',').append(value).append(',').append(row.revision())
          .append(',').append(row.updatedAt()).append('\n');
    }
    return csv.toString();
  }

  private static String quote(String text) {
    return text == null ? "" : "\"" + text.replace("\"", "\"\"") + "\"";
  }
}
