package io.computility.hub.indicators.units;

/** What sort of organisation reports. */
public enum UnitKind {
  DATA_CENTRE, REGIONAL_PLATFORM, THIRD_PARTY_PLATFORM, PROVIDER
}
