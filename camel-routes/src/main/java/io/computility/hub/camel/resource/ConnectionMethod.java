package io.computility.hub.camel.resource;

/** How the hub connects an admitted pool (R-6.5 b): the encapsulation chosen by its admission class. */
public enum ConnectionMethod {
  /** Sold as cloud instances through the provider's cloud API. */
  CLOUD_API,
  /** Whole servers allocated through the bare-metal inventory API. */
  BARE_METAL_API,
  /** Namespaces with quotas through the container platform's API. */
  CONTAINER_API,
  /** Jobs submitted through a scheduler proxy. */
  HPC_PROXY,
  /** Connections ordered through the carrier API. */
  NETWORK_API
}
