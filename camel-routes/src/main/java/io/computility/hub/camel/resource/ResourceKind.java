package io.computility.hub.camel.resource;

/** What a resource pool offers (standard clause 6). */
public enum ResourceKind {
  /** General compute: CPUs for web and business workloads. */
  GENERAL,
  /** Intelligent compute: GPU, NPU, TPU accelerators for AI training and inference. */
  INTELLIGENT,
  /** Supercomputing: large CPU and accelerator systems for numerical work. */
  SUPERCOMPUTING,
  /** Quantum processors. */
  QUANTUM,
  /** Block, file and object storage. */
  STORAGE,
  /** Access and interconnect bandwidth. */
  NETWORK
}
