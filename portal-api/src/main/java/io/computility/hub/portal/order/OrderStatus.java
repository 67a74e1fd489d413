package io.computility.hub.portal.order;

/** Where an order stands in its lifecycle (O-8.3). */
public enum OrderStatus {
  /** Created from the confirmed offer; payment not yet authorised. */
  CREATED,
  /** The estimated cost is held on the wallet (prepaid) or within the credit limit (postpaid). */
  PAYMENT_AUTHORISED,
  /** A provider is allocating the resources. */
  PROVISIONING,
  /** The resources are allocated and metered. */
  RUNNING,
  /** The resources are being given back; the final usage is read. */
  RELEASING,
  /** Rated: the order's bill exists. */
  BILLED,
  /** Paid: the hold captured (or the postpaid account charged), provider share and platform fee split. Final. */
  SETTLED,
  /** No provider could allocate the resources; the hold is voided and nothing charged. Final. */
  FAILED,
  /** Could not start (payment refused, capacity gone); nothing charged. Final. */
  CANCELLED
}
