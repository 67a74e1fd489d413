package io.computility.hub.workers.placement;

/** GB/T 2260 administrative division codes: {@code PPCCDD}, where a province ends in 0000 and a city in 00. */
public final class RegionCodes {

  private RegionCodes() {
  }

  /** Whether {@code code} lies in {@code area} (equal, or {@code area} is the province or city containing it). */
  public static boolean within(String code, String area) {
    if (code.length() != 6 || area.length() != 6) {
      return code.equals(area);
    }
    // Digit by digit, as scorers call this per pool: the area's trailing zeros say how many digits must match.
    int scope = area.charAt(5) != '0' || area.charAt(4) != '0' ? 6
        : area.charAt(3) != '0' || area.charAt(2) != '0' ? 4 : 2;
    for (int i = 0; i < scope; i++) {
      if (code.charAt(i) != area.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The province containing {@code code}, e.g. {@code 440300 -> 440000}. */
  public static String province(String code) {
    return code.length() == 6 && !code.endsWith("0000") ? code.substring(0, 2) + "0000" : code;
  }
}
