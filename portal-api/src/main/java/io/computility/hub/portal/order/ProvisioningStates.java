package io.computility.hub.portal.order;

/** The states of a provisioning attempt as the process sees them ({@code provisioningState}). */
final class ProvisioningStates {

  static final String ACTIVE = "ACTIVE";
  static final String PENDING = "PENDING";
  static final String FAILED = "FAILED";

  private ProvisioningStates() {
  }

  /** The process's state for an allocation state of the resource layer. */
  static String of(String allocationState) {
    return switch (allocationState) {
      case ACTIVE, PENDING -> allocationState;
      // released or failed at the provider before it ever ran: the attempt failed
      default -> FAILED;
    };
  }
}
