package io.computility.hub.workers.billing.reconciliation;

import io.computility.hub.workers.metering.Meter;
import java.math.BigDecimal;

/**
 * Usage of one allocation on one meter over a period, as one side counts it.
 *
 * @param orderId the hub's order; {@code null} on the provider's side, which does not know it
 */
public record UsageLine(String allocationId, String orderId, Meter meter, BigDecimal quantity) {
}
