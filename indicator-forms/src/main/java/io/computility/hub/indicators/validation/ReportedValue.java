package io.computility.hub.indicators.validation;

import java.math.BigDecimal;

/** A checked value: a number for numeric indicators, a text for text and choice ones. */
public record ReportedValue(BigDecimal number, String text) {

  public static ReportedValue of(BigDecimal number) {
    return new ReportedValue(number, null);
  }

  public static ReportedValue of(String text) {
    return new ReportedValue(null, text);
  }

  /** The value as written in forms, files and logs. */
  public String display() {
    return number != null ? number.stripTrailingZeros().toPlainString() : text;
  }
}
