package io.computility.hub.camel.resource;

/** How a provider came to the hub. */
public enum ProviderSource {
  /** Declared in configuration and pulled by an adapter. */
  CONFIGURED,
  /** One of the built-in simulated providers. */
  SIMULATED,
  /** Registered itself through the partner API and pushes its data. */
  PARTNER
}
