package io.computility.hub.camel.resource;

/** Where a provider stands in onboarding (R-6.3 b, S-7.4 c). */
public enum AdmissionStatus {
  /** Registered, checks and approval outstanding. */
  PENDING,
  /** Admitted: its pools are synchronised and may be listed. */
  ADMITTED,
  /** Refused; may re-submit. */
  REJECTED,
  /** Temporarily withdrawn by an operator. */
  SUSPENDED
}
