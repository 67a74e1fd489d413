package io.computility.hub.workers.billing;

import io.computility.hub.workers.metering.Meter;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One version of a product's prices: fen per unit of each priced meter (per GPU·h, core·h, …, and per network GB).
 *
 * @param version 1 for the product's first prices, one more for each change
 * @param fenPerUnit the price of one unit of each priced meter; meters not in it are not charged
 * @param validFrom when this version was made
 */
public record PricePlan(String productId, int version, Map<Meter, Long> fenPerUnit, Instant validFrom) {

  public PricePlan {
    fenPerUnit = Collections.unmodifiableMap(new EnumMap<>(fenPerUnit));
  }

  /** Whether this version has exactly these prices. */
  boolean hasPrices(Map<Meter, Long> prices) {
    return fenPerUnit.equals(prices);
  }
}
