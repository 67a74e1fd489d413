package io.computility.hub.workers.placement;

/**
 * Service levels, lowest first. A demand asks for a level; a pool's admission class (R-6.5 b) is the highest
 * level it was admitted for, so a pool serves every demand at or below its class.
 */
public enum ServiceLevel {
  BASIC, STANDARD, CRITICAL;

  /** Whether a pool admitted at this class may serve a demand that asks for {@code required}. */
  public boolean covers(ServiceLevel required) {
    return ordinal() >= required.ordinal();
  }
}
