package io.computility.hub.workers.placement;

/** A pool's health as last reported by the resource layer's topology (S-7.4 a). */
public enum PoolHealth {
  UP, DEGRADED, DOWN
}
