package io.computility.hub.camel.adapter;

/**
 * Where an allocation stands. Provisioning is asynchronous at most providers: an allocation starts {@code PENDING}
 * (a server building, a job queued, a circuit being configured) and ends up {@code ACTIVE} or {@code FAILED}; only
 * an active or pending allocation can be {@code RELEASED}.
 */
public enum AllocationState {
  /** Accepted by the provider, not yet usable. */
  PENDING,
  /** Usable; usage accrues from here on. */
  ACTIVE,
  /** The provider could not deliver it; see the allocation's detail. */
  FAILED,
  /** Reclaimed by the hub. */
  RELEASED;

  /** Whether no further report can change this state. */
  public boolean settled() {
    return this == FAILED || this == RELEASED;
  }
}
