package io.computility.hub.camel.onboarding;

import io.computility.hub.camel.adapter.ProviderConnections;
import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.Worker;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Retirement step "periodic sync stopped": the hub no longer pulls the provider's inventory. Input:
 * {@code providerId}; output: {@code syncStopped} (whether a schedule was running).
 */
@Component
public class StopProviderSyncWorker implements Worker {

  private final ProviderConnections connections;

  public StopProviderSyncWorker(ProviderConnections connections) {
    this.connections = connections;
  }

  @Override
  public String topic() {
    return "stop-provider-sync";
  }

  @Override
  public WorkResult work(WorkItem item) {
    return WorkResult.complete(Map.of("syncStopped", connections.disconnect(item.requiredString("providerId"))));
  }
}
