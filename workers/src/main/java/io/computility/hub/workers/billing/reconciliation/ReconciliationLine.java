package io.computility.hub.workers.billing.reconciliation;

import io.computility.hub.workers.metering.Meter;
import java.math.BigDecimal;

/**
 * One allocation's usage of one meter, as both sides count it.
 *
 * @param orderId the hub's order; {@code null} when the hub has no record of the allocation
 * @param hubQuantity {@code null} when the hub has no record
 * @param providerQuantity {@code null} when the provider's statement has no line
 */
public record ReconciliationLine(int lineNo, String allocationId, String orderId, Meter meter,
    BigDecimal hubQuantity, BigDecimal providerQuantity, Outcome outcome) {

  /** How the two sides compare. */
  public enum Outcome {
    /** Equal within the tolerance. */
    MATCH,
    /** Both sides have it; they differ by more than the tolerance. */
    DIFFERENCE,
    /** The hub recorded usage the provider's statement lacks. */
    MISSING_AT_PROVIDER,
    /** The provider's statement has usage the hub never recorded. */
    MISSING_AT_HUB
  }
}
