package io.computility.hub.workers.billing.coupon;

/** Whether a coupon combines with others on one bill. */
public enum Stacking {
  /** Alone: a bill uses it with no other coupon. */
  EXCLUSIVE,
  /** With every other stackable coupon of the bill. */
  STACKABLE
}
