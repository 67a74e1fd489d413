package io.computility.hub.workers.billing;

/** Whether capacity was reserved ahead for the order's whole term, or taken on demand. */
public enum Commitment {
  RESERVED, ON_DEMAND
}
