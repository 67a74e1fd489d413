package io.computility.hub.camel.onboarding;

import io.computility.hub.camel.resource.AdmissionStatus;
import io.computility.hub.camel.resource.ResourceInventory;
import io.computility.hub.camel.resource.UnknownProviderException;
import org.springframework.stereotype.Component;

/** Records onboarding decisions once: a retried step finds the decision taken and adds no second history entry. */
@Component
class AdmissionDecisions {

  private final ResourceInventory inventory;

  AdmissionDecisions(ResourceInventory inventory) {
    this.inventory = inventory;
  }

  void decide(String providerId, AdmissionStatus status) {
    AdmissionStatus current = inventory.provider(providerId)
        .orElseThrow(() -> new UnknownProviderException(providerId)).admissionStatus();
    if (current != status) {
      inventory.changeAdmission(providerId, status);
    }
  }
}
