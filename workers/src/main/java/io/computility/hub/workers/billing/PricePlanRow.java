package io.computility.hub.workers.billing;

import io.computility.hub.workers.metering.Meter;
import java.time.Instant;

/** One meter's price in one version of a product's plan, as stored. */
record PricePlanRow(String productId, int version, Meter meter, String unit, long unitPriceFen, Instant validFrom) {
}
