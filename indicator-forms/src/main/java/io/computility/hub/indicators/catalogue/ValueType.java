package io.computility.hub.indicators.catalogue;

/** What kind of value an indicator takes; decides its form field and its type check. */
public enum ValueType {
  NUMBER, PERCENT, COUNT, MONEY, TEXT, CHOICE;

  /** Whether values are numbers (everything but text and choice). */
  public boolean numeric() {
    return this != TEXT && this != CHOICE;
  }
}
