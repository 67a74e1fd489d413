package io.computility.hub.workers.billing;

/** How an order is paid for. */
public enum PaymentMode {
  /** From the wallet: the estimate is held when the order starts and captured when it is settled. */
  PREPAID,
  /** On credit: checked against the credit limit when the order starts, posted as owed when it is settled. */
  POSTPAID
}
