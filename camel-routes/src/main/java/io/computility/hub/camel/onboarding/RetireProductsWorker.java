package io.computility.hub.camel.onboarding;

import io.computility.hub.camel.resource.ProductState;
import io.computility.hub.camel.resource.ResourceInventory;
import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.Worker;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Retirement step "products retired", after the provider's products are delisted and its sync stopped: every
 * delisted product and every draft never listed reaches the end of its lifecycle and cannot be listed again. A
 * retried step changes nothing more. Input: {@code providerId}; output: {@code retiredProducts}.
 */
@Component
public class RetireProductsWorker implements Worker {

  private final ResourceInventory inventory;

  public RetireProductsWorker(ResourceInventory inventory) {
    this.inventory = inventory;
  }

  @Override
  public String topic() {
    return "retire-products";
  }

  @Override
  public WorkResult work(WorkItem item) {
    String providerId = item.requiredString("providerId");
    inventory.moveProductsOf(providerId, ProductState.DRAFT, ProductState.RETIRED);
    int retired = inventory.moveProductsOf(providerId, ProductState.DELISTED, ProductState.RETIRED).size();
    return WorkResult.complete(Map.of("retiredProducts", retired));
  }
}
