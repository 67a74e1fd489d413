package io.computility.hub.indicators.catalogue;

/** An indicator is active, or retired: kept for the values it has but no longer collected. */
public enum IndicatorStatus {
  ACTIVE, RETIRED
}
