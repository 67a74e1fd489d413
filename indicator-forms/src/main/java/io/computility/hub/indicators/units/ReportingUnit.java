package io.computility.hub.indicators.units;

import java.util.List;

/**
 * An organisation that reports indicator values, placed in the region hierarchy.
 *
 * @param reporters usernames of its REPORTER users
 */
public record ReportingUnit(String code, String nameZh, String nameEn, UnitKind kind, String regionCode,
    List<String> reporters) {

  public ReportingUnit {
    reporters = reporters == null ? List.of() : List.copyOf(reporters);
  }

  public RegionCode region() {
    return new RegionCode(regionCode);
  }
}
