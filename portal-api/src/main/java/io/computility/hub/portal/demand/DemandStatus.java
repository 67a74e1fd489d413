package io.computility.hub.portal.demand;

/** Where a published demand stands in the order process. */
public enum DemandStatus {
  /** Stored; the platform is matching it with providers. */
  PUBLISHED,
  /** Matched and the top offer reserved; selected automatically, the order is being created. */
  PLACED,
  /** Matched and the top offer reserved; the consumer must confirm one of the offers. */
  AWAITING_CONFIRMATION,
  /** An offer was taken and an order created from it (the order's own status follows from there). */
  ORDERED,
  /** No provider can serve it, or the top offer could not be reserved. */
  NO_OFFER,
  /** The consumer did not confirm an offer in time; the reservation was released. */
  EXPIRED,
  /** The consumer cancelled it before an order ran. */
  CANCELLED;

  /** Whether the consumer may still cancel: only while the process waits for the consumer's choice. */
  public boolean cancellable() {
    return this == AWAITING_CONFIRMATION;
  }
}
