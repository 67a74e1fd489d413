package io.computility.hub.workers.placement;

/** The resource kinds of the standard's resource layer (clause 6), as the scheduling layer sees them. */
public enum ResourceKind {
  GENERAL_CPU, INTELLIGENT_GPU, SUPERCOMPUTING, QUANTUM, STORAGE, NETWORK
}
