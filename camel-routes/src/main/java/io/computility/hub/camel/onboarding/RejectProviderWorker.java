package io.computility.hub.camel.onboarding;

import io.computility.hub.camel.resource.AdmissionStatus;
import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.Worker;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Onboarding step "tell the provider": admission status REJECTED, which the provider sees in its registration and
 * admission history; it may then re-submit. Input: {@code providerId}, and the reason as {@code rejectionReason}
 * (a failed check) or {@code approvalComment} (the operator). Output: {@code admissionStatus}, {@code rejectionReason}.
 */
@Component
public class RejectProviderWorker implements Worker {

  private final AdmissionDecisions decisions;

  public RejectProviderWorker(AdmissionDecisions decisions) {
    this.decisions = decisions;
  }

  @Override
  public String topic() {
    return "reject-provider";
  }

  @Override
  public WorkResult work(WorkItem item) {
    decisions.decide(item.requiredString("providerId"), AdmissionStatus.REJECTED);
    String reason = item.stringOr("rejectionReason", item.stringOr("approvalComment", "rejected by the operator"));
    return WorkResult.complete(Map.of("admissionStatus", AdmissionStatus.REJECTED.name(), "rejectionReason",
        reason));
  }
}
