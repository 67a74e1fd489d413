package io.computility.hub.camel.resource;

/** How a provider encapsulates its resources as an API (R-6.2 a–e); each kind has one Camel adapter. */
public enum ProviderKind {
  /** Cloud products behind an OpenStack-like REST API. */
  CLOUD,
  /** Bare-metal servers behind an inventory/IPMI-style REST API. */
  BARE_METAL,
  /** Container capacity behind a Kubernetes-like API. */
  CLOUD_NATIVE,
  /** Supercomputing behind a job-scheduler (Slurm-REST-like) proxy. */
  SUPERCOMPUTING,
  /** Access and interconnect bandwidth behind a carrier API. */
  NETWORK
}
