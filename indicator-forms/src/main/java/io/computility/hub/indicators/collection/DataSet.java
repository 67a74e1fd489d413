package io.computility.hub.indicators.collection;

import java.time.Duration;
import java.time.Period;
import java.util.List;

/**
 * A group of indicators that units owe each period (M-9.3 a).
 *
 * @param dueAfter ISO 8601 duration after the period's end by which a submission is due ({@code P10D})
 * @param remindBefore ISO 8601 duration before the due time when reporters are reminded ({@code P3D})
 * @param indicatorCodes the indicators, in form order
 * @param unitCodes the reporting units that owe it
 */
public record DataSet(String code, String nameZh, String nameEn, PeriodType periodType, String dueAfter,
    String remindBefore, List<String> indicatorCodes, List<String> unitCodes) {

  public DataSet {
    indicatorCodes = indicatorCodes == null ? List.of() : List.copyOf(indicatorCodes);
    unitCodes = unitCodes == null ? List.of() : List.copyOf(unitCodes);
  }

  /** Parses an ISO 8601 duration with days ({@code P10D}) or time ({@code PT4H}). */
  public static Duration duration(String iso) {
    if (iso.contains("T")) {
      return Duration.parse(iso);
    }
    return Duration.ofDays(Period.parse(iso).getDays());
  }
}
