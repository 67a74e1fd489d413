package io.computility.hub.camel.resource;

import java.util.regex.Pattern;

/**
 * An administrative division code after GB/T 2260: six digits, two each for province, prefecture and county
 * ({@code 110000} Beijing, {@code 440300} Shenzhen). Trailing zero pairs mark a higher level, so roll-ups from
 * nation to province to city are a prefix match on {@link #prefix()}.
 *
 * @param value the six digits
 */
public record RegionCode(String value) {

  private static final Pattern SIX_DIGITS = Pattern.compile("[1-9]\\d{5}");

  public RegionCode {
    if (value == null || !SIX_DIGITS.matcher(value).matches()) {
      throw new IllegalArgumentException("Not a GB/T 2260 region code: " + value);
    }
  }

  /** Parses a region code, rejecting anything but six digits. */
  public static RegionCode of(String value) {
    return new RegionCode(value);
  }

  /** Whether {@code value} is a well-formed code. */
  public static boolean isValid(String value) {
    return value != null && SIX_DIGITS.matcher(value).matches();
  }

  /** The code's significant digits: {@code "11"} for a province, {@code "4403"} for a prefecture. */
  public String prefix() {
    String prefix = value;
    while (prefix.length() > 2 && prefix.endsWith("00")) {
      prefix = prefix.substring(0, prefix.length() - 2);
    }
    return prefix;
  }

  /** The province this code lies in ({@code 440300} → {@code 440000}). */
  public RegionCode province() {
    return new RegionCode(value.substring(0, 2) + "0000");
  }

  /** Whether this code is a province-level code. */
  public boolean isProvince() {
    return value.endsWith("0000");
  }

  /**
   * Whether this region lies within {@code filter}, given as a code or a prefix of one ({@code "44"},
   * {@code "440000"} and {@code "4403"} all contain {@code 440300}).
   */
  public boolean within(String filter) {
    String wanted = filter.length() == 6 && isValid(filter) ? new RegionCode(filter).prefix() : filter;
    return value.startsWith(wanted);
  }

  @Override
  public String toString() {
    return value;
  }
}
