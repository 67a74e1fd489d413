package io.computility.hub.workers.placement;

/** GB/T 2260 administrative division codes: {@code PPCCDD}, where a province ends in 0000 and a city in 00. */
public final class RegionCodes {

  private RegionCodes() {
  }

  /** Whether {@code code} lies in {@code area} (equal, or {@code area} is the province or city containing it). */
  public static boolean within(String code, String area) {
    if (code.equals(area)) {
      return true;
    }
    if (code.length() != 6 || area.length() != 6) {
      return false;
    }
    if (area.endsWith("0000")) {
      return code.regionMatches(0, area, 0, 2);
    }
    return area.endsWith("00") && code.regionMatches(0, area, 0, 4);
  }

  /** The province containing {@code code}, e.g. {@code 440300 -> 440000}. */
  public static String province(String code) {
    return code.length() == 6 && !code.endsWith("0000") ? code.substring(0, 2) + "0000" : code;
  }
}
