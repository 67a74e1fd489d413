package io.computility.hub.workers.billing;

/** The availability an order was bought with; a plan may price each level with a multiplier. */
public enum ServiceLevel {
  GOLD, SILVER, BRONZE
}
