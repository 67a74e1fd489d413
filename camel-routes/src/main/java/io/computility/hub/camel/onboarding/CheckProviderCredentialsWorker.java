package io.computility.hub.camel.onboarding;

import io.computility.hub.camel.adapter.ProviderCallException;
import io.computility.hub.camel.adapter.ProviderGateway;
import io.computility.hub.camel.resource.UnknownProviderException;
import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.Worker;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Onboarding step "credential check" (R-6.3 b, admission authentication): an authenticated inventory pull through
 * the provider's adapter. Refused credentials (401/403) end in the BPMN error {@code CREDENTIALS_REJECTED}; a
 * provider the hub has no adapter for in {@code NO_ADAPTER}; an unreachable one is a retryable failure.
 *
 * <p>Input: {@code providerId}. Output: {@code credentialsValid}, {@code poolCount}.
 */
@Component
public class CheckProviderCredentialsWorker implements Worker {

  private final ProviderGateway gateway;

  public CheckProviderCredentialsWorker(ProviderGateway gateway) {
    this.gateway = gateway;
  }

  @Override
  public String topic() {
    return "check-provider-credentials";
  }

  @Override
  public WorkResult work(WorkItem item) {
    String providerId = item.requiredString("providerId");
    try {
      int pools = gateway.syncInventory(providerId).size();
      return WorkResult.complete(Map.of("credentialsValid", true, "poolCount", pools));
    } catch (UnknownProviderException e) {
      return WorkResult.bpmnError("NO_ADAPTER", "The hub does not pull from provider " + providerId);
    } catch (ProviderCallException e) {
      if (e.statusCode() == 401 || e.statusCode() == 403) {
        return WorkResult.bpmnError("CREDENTIALS_REJECTED", e.getMessage(), Map.of("credentialsValid", false));
      }
      if (e.retryable()) {
        return WorkResult.failed(e.getMessage());
      }
      return WorkResult.bpmnError("PROVIDER_API_INVALID", e.getMessage(), Map.of("credentialsValid", false));
    }
  }
}
