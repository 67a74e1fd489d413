package io.computility.hub.camel.onboarding;

import io.computility.hub.camel.resource.AdmissionStatus;
import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.Worker;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Onboarding step "admit the provider" after the operator's (or the demo's automatic) approval: admission status
 * ADMITTED. Input: {@code providerId}; output: {@code admissionStatus}.
 */
@Component
public class AdmitProviderWorker implements Worker {

  private final AdmissionDecisions decisions;

  public AdmitProviderWorker(AdmissionDecisions decisions) {
    this.decisions = decisions;
  }

  @Override
  public String topic() {
    return "admit-provider";
  }

  @Override
  public WorkResult work(WorkItem item) {
    decisions.decide(item.requiredString("providerId"), AdmissionStatus.ADMITTED);
    return WorkResult.complete(Map.of("admissionStatus", AdmissionStatus.ADMITTED.name()));
  }
}
