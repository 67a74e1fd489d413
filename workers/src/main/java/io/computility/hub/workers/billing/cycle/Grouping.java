package io.computility.hub.workers.billing.cycle;

/** How an account's order charges of a month are put on monthly bills. */
public enum Grouping {
  /** All on one bill. */
  MERGE,
  /** A bill per order. */
  SPLIT_BY_ORDER,
  /** A bill per project of the orders; orders of no project share a bill of their own ("no project"). */
  SPLIT_BY_PROJECT
}
