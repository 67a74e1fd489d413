package io.computility.hub.workers.billing;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One charge of one version of a product's plan, as stored.
 *
 * @param meter a {@link io.computility.hub.workers.metering.Meter} name, or a {@link BillingPeriod} name for a time
 *     charge
 * @param tiers "upTo:fen" comma-separated, the last without bound; {@code null} for a per-unit price
 * @param userClass a {@link UserClass} name, or {@code ANY}
 * @param commitment a {@link Commitment} name, or {@code ANY}
 * @param perQuantity how many meter units the price is for ({@link Charge#per})
 */
record PricePlanRow(String productId, int version, String meter, String unit, long unitPriceFen, Instant validFrom,
    PriceModel priceModel, String tiers, String userClass, String commitment, BigDecimal perQuantity) {
}
