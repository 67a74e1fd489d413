package io.computility.hub.camel.onboarding;

import io.computility.hub.camel.resource.ProductState;
import io.computility.hub.camel.resource.ResourceInventory;
import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.Worker;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Onboarding step "products listed": the draft products of an admitted provider's pools go on sale. Input:
 * {@code providerId}; output: {@code listedProducts} (how many of its products are listed).
 */
@Component
public class ListProductsWorker implements Worker {

  private final ResourceInventory inventory;

  public ListProductsWorker(ResourceInventory inventory) {
    this.inventory = inventory;
  }

  @Override
  public String topic() {
    return "list-products";
  }

  @Override
  public WorkResult work(WorkItem item) {
    int listed = inventory.moveProductsOf(item.requiredString("providerId"), ProductState.DRAFT,
        ProductState.LISTED).size();
    return WorkResult.complete(Map.of("listedProducts", listed));
  }
}
