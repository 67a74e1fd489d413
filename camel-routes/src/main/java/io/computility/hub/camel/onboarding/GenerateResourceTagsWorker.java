package io.computility.hub.camel.onboarding;

import io.computility.hub.camel.resource.ResourceInventory;
import io.computility.hub.camel.resource.ResourcePool;
import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.Worker;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Onboarding step "resource tags generated" (S-7.4 b): tags every pool of the admitted provider by capability,
 * location, type and energy for placement policies. Input: {@code providerId}; output: {@code resourceTags}
 * (the distinct tags, comma-separated).
 */
@Component
public class GenerateResourceTagsWorker implements Worker {

  private final ResourceInventory inventory;

  public GenerateResourceTagsWorker(ResourceInventory inventory) {
    this.inventory = inventory;
  }

  @Override
  public String topic() {
    return "generate-resource-tags";
  }

  @Override
  public WorkResult work(WorkItem item) {
    TreeSet<String> tags = new TreeSet<>();
    for (ResourcePool pool : inventory.regenerateTags(item.requiredString("providerId"))) {
      tags.addAll(pool.tags());
    }
    return WorkResult.complete(Map.of("resourceTags", String.join(",", tags)));
  }
}
