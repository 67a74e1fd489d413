package io.computility.hub.camel.resource;

import java.time.Instant;
import java.util.Locale;

/**
 * A product on sale with what a buyer needs to choose it: its pool's kind, place and free units, and its provider.
 *
 * @param productId the product id
 * @param name display name
 * @param spec the vendor spec of one unit
 * @param priceFenPerHour price of one unit-hour in minor units
 * @param currency ISO 4217 currency
 * @param poolId the pool it sells
 * @param kind what the pool offers
 * @param regionCode GB/T 2260 code of the pool
 * @param zone availability zone
 * @param providerId the provider
 * @param providerName the provider's display name
 * @param totalUnits units in the pool
 * @param remainingUnits units free as last synchronised
 * @param health the pool's live health
 * @param updatedAt the product's last change
 */
public record ListedProduct(String productId, String name, String spec, long priceFenPerHour, String currency,
    String poolId, ResourceKind kind, String regionCode, String zone, String providerId, String providerName,
    int totalUnits, int remainingUnits, Health health, Instant updatedAt) {

  /**
   * What a buyer filters the catalogue by; every criterion is optional ({@code null}).
   *
   * @param kind the pool's kind
   * @param regionPrefix leading digits of the pool's region code ({@code 44} Guangdong, {@code 4403} Shenzhen)
   * @param providerId the provider
   * @param minPriceFen lowest unit-hour price, inclusive
   * @param maxPriceFen highest unit-hour price, inclusive
   * @param text words in the product's name or spec or the provider's name, case-insensitive
   */
  public record Filter(ResourceKind kind, String regionPrefix, String providerId, Long minPriceFen, Long maxPriceFen,
      String text) {

    /** The text as a LIKE pattern with its own wildcards escaped, {@code null} without text. */
    public String textPattern() {
      if (text == null || text.isBlank()) {
        return null;
      }
      String escaped = text.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
          .replace("_", "\\_");
      return "%" + escaped + "%";
    }
  }
}
