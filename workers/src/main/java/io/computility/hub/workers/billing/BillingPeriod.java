package io.computility.hub.workers.billing;

import java.time.Duration;

/**
 * A unit of time a plan may charge by, whatever was used.
 *
 * <p>The proration rule: time is charged pro rata to the second, in this unit, with a month counted as 30 days; the
 * quantity is rounded half-up to six decimals (the scale of usage quantities) before it is priced.
 */
public enum BillingPeriod {
  HOUR(Duration.ofHours(1), "h"),
  DAY(Duration.ofDays(1), "d"),
  MONTH(Duration.ofDays(30), "month");

  private final Duration length;
  private final String unit;

  BillingPeriod(Duration length, String unit) {
    this.length = length;
    this.unit = unit;
  }

  /** The length of one unit: a month is 30 days. */
  public Duration length() {
    return length;
  }

  /** The unit shown on a bill line. */
  public String unit() {
    return unit;
  }
}
