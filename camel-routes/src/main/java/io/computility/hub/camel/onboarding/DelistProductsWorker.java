package io.computility.hub.camel.onboarding;

import io.computility.hub.camel.resource.ProductState;
import io.computility.hub.camel.resource.ResourceInventory;
import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.Worker;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Retirement step "products delisted": a provider's listed products come off sale before they are retired.
 * Input: {@code providerId}; output: {@code delistedProducts}.
 */
@Component
public class DelistProductsWorker implements Worker {

  private final ResourceInventory inventory;

  public DelistProductsWorker(ResourceInventory inventory) {
    this.inventory = inventory;
  }

  @Override
  public String topic() {
    return "delist-products";
  }

  @Override
  public WorkResult work(WorkItem item) {
    int delisted = inventory.moveProductsOf(item.requiredString("providerId"), ProductState.LISTED,
        ProductState.DELISTED).size();
    return WorkResult.complete(Map.of("delistedProducts", delisted));
  }
}
