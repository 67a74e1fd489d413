package io.computility.hub.portal.demand;

/** How the consumer pays for an order (O-8.3): from a prepaid wallet hold, or on account against a credit limit. */
public enum PaymentMode {
  PREPAID, POSTPAID
}
