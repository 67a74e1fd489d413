package io.computility.hub.workers.billing;

import io.computility.hub.workers.metering.Meter;

/** A public-service price cap of a plan version, as stored in {@code billing_price_plan_cap}. */
record PlanCapRow(String productId, int version, Meter meter, long capFen) {
}
