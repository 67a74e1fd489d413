package io.computility.hub.workers.billing;

import java.math.BigDecimal;

/**
 * One tier of a charge.
 *
 * @param upTo the tier's inclusive upper bound, in the charge's unit; {@code null} for the last, unbounded tier
 * @param fenPerUnit the price of one unit within this tier
 */
public record Tier(BigDecimal upTo, long fenPerUnit) {

  /** The unbounded tier of a per-unit price. */
  public static Tier unbounded(long fenPerUnit) {
    return new Tier(null, fenPerUnit);
  }
}
