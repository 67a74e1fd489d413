package io.computility.hub.portal.order;

import io.computility.hub.camel.adapter.AllocationState;

/** The states of a provisioning attempt as the process sees them ({@code provisioningState}). */
final class ProvisioningStates {

  static final String ACTIVE = "ACTIVE";
  static final String PENDING = "PENDING";
  static final String FAILED = "FAILED";

  private ProvisioningStates() {
  }

  /** The process's state for an allocation state of the resource layer. */
  static String of(AllocationState state) {
    return switch (state) {
      case ACTIVE -> ACTIVE;
      case PENDING -> PENDING;
      // failed at the provider, or released before it ever ran: the attempt failed
      case FAILED, RELEASED -> FAILED;
    };
  }
}
