package io.computility.hub.portal.workorder;

/** What a work order is about; the triage table decides by it (and by the text) who answers. */
public enum WorkOrderCategory {
  /** Bills and invoices. */
  BILLING,
  /** Wallet, top-ups and payments. */
  PAYMENT,
  /** An order and its resources. */
  ORDER,
  /** A technical problem with the resources; always answered by a person. */
  TECHNICAL,
  /** A dispute about a bill ({@code billId} required); may end in a credit on the bill. */
  BILL_DISPUTE,
  /** Anything else. */
  OTHER
}
