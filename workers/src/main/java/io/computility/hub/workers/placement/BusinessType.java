package io.computility.hub.workers.placement;

/** Business types a placement policy can be bound to (S-7.3 a: "by business type"). */
public enum BusinessType {
  TRAINING, INFERENCE, WEB, HPC
}
