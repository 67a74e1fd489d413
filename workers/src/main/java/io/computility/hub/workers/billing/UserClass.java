package io.computility.hub.workers.billing;

/** Who a price list is for: the user classes a plan may price differently. */
public enum UserClass {
  /** Companies buying at list prices. */
  ENTERPRISE,
  /** Universities and research institutes. */
  RESEARCH,
  /**
   * Public-service users (government, public health, education): they may be held to a capped price and have a
   * reserved share of capacity that ordinary demand cannot take.
   */
  PUBLIC_SERVICE
}
