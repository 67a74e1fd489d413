package io.computility.hub.indicators.catalogue;

/** How an indicator's values combine across units and regions. */
public enum Aggregation {
  /** Add up (investment, energy, users). */
  SUM,
  /** Plain mean. */
  AVERAGE,
  /** Mean weighted by another indicator of the same unit and period (utilisation by capacity, PUE by IT energy). */
  WEIGHTED,
  /** A stock at the end of the period: summed across units, the latest value over time. */
  LAST
}
