package io.computility.hub.indicators.units;

import java.util.regex.Pattern;

/**
 * A GB/T 2260 administrative division code: two digits province, two city, two county; trailing zeros mark the
 * level ({@code 110000} Beijing, {@code 110100} its city districts, {@code 000000} the nation). A region contains
 * every code that starts with its {@link #prefix()}.
 */
public record RegionCode(String code) {

  private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

  /** The nation, the root of the hierarchy (declared after the pattern its constructor uses). */
  public static final RegionCode NATION = new RegionCode("000000");

  public RegionCode {
    if (code == null || !SIX_DIGITS.matcher(code).matches()) {
      throw new IllegalArgumentException("Region code must be six digits: " + code);
    }
  }

  public static boolean isValid(String code) {
    return code != null && SIX_DIGITS.matcher(code).matches();
  }

  /** The significant digits: {@code ""} for the nation, {@code "11"} for a province, {@code "1101"} for a city. */
  public String prefix() {
    if (code.equals("000000")) {
      return "";
    }
    if (code.endsWith("0000")) {
      return code.substring(0, 2);
    }
    if (code.endsWith("00")) {
      return code.substring(0, 4);
    }
    return code;
  }

  /** 0 nation, 1 province, 2 city, 3 county. */
  public int level() {
    return prefix().length() / 2;
  }

  /** Whether {@code other} lies in this region (a region contains itself). */
  public boolean contains(RegionCode other) {
    return other.code.startsWith(prefix());
  }

  /** The enclosing region one level up; the nation is its own parent. */
  public RegionCode parent() {
    return switch (level()) {
      case 0, 1 -> NATION;
      case 2 -> new RegionCode(code.substring(0, 2) + "0000");
      default -> new RegionCode(code.substring(0, 4) + "00");
    };
  }

  /** This region's ancestor at {@code level} (or itself when it is at or above that level). */
  public RegionCode atLevel(int level) {
    RegionCode region = this;
    while (region.level() > level) {
      region = region.parent();
    }
    return region;
  }

  @Override
  public String toString() {
    return code;
  }
}
