package io.computility.hub.camel.resource;

/** The live health of a provider or pool, as the adapters last saw it. */
public enum Health {
  /** Not yet synchronised. */
  UNKNOWN,
  /** The last synchronisation succeeded. */
  UP,
  /** Reachable but failing some calls, or out of capacity. */
  DEGRADED,
  /** The last synchronisation failed or the circuit is open. */
  DOWN
}
