package io.computility.hub.camel.onboarding;

import io.computility.hub.camel.adapter.ProviderConnections;
import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.Worker;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Onboarding step "periodic sync starts": connects an admitted provider's API to its adapter. Providers that only
 * push (no API) need no connection and complete at once. Input: {@code providerId}; output: {@code pulled}.
 */
@Component
public class StartProviderSyncWorker implements Worker {

  private final ProviderConnections connections;

  public StartProviderSyncWorker(ProviderConnections connections) {
    this.connections = connections;
  }

  @Override
  public String topic() {
    return "start-provider-sync";
  }

  @Override
  public WorkResult work(WorkItem item) {
    return WorkResult.complete(Map.of("pulled", connections.connect(item.requiredString("providerId"))));
  }
}
