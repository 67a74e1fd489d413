package io.computility.hub.workers.billing;

/** How a charge's tiers price a quantity. Tier bounds are inclusive: a tier "up to 100" holds exactly 100. */
public enum PriceModel {
  /** One price for every unit (a single tier without bound). */
  PER_UNIT,
  /** Graduated: each tier prices the units that fall within it; one bill line per tier reached. */
  GRADUATED,
  /** Volume: the tier the whole quantity falls in prices every unit; one bill line. */
  VOLUME
}
