package io.computility.hub.camel.onboarding;

import io.computility.hub.camel.resource.ResourceInventory;
import io.computility.hub.camel.resource.ResourcePool;
import io.computility.hub.camel.resource.UnifiedCapacity;
import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.Worker;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Onboarding step "measure and classify": sums a provider's pools in unified figures and reports the
 * admission classes they fall in, for the operator's approval form. A provider none of whose pools meets an
 * admission class ends in the BPMN error {@code NOT_ADMISSIBLE}.
 *
 * <p>Input: {@code providerId}. Output: {@code poolCount}, {@code admittedPools}, {@code admissionClasses},
 * {@code connectionMethods}, {@code fp64Tflops}, {@code fp16Tflops}, {@code int8Tops}, {@code cpuCores},
 * {@code memoryGib}, {@code storageTb}, {@code networkGbps} (decimal figures as strings).
 */
@Component
public class MeasureResourcesWorker implements Worker {

  private final ResourceInventory inventory;

  public MeasureResourcesWorker(ResourceInventory inventory) {
    this.inventory = inventory;
  }

  @Override
  public String topic() {
    return "measure-resources";
  }

  @Override
  public WorkResult work(WorkItem item) {
    String providerId = item.requiredString("providerId");
    List<ResourcePool> pools = inventory.pools().stream().filter(pool -> pool.providerId().equals(providerId))
        .toList();
    List<ResourcePool> admitted = pools.stream().filter(pool -> pool.admissionClass() != null).toList();
    UnifiedCapacity total = admitted.stream().map(ResourcePool::total).reduce(UnifiedCapacity.ZERO,
        UnifiedCapacity::plus);
    Map<String, Object> figures = new HashMap<>();
    figures.put("poolCount", pools.size());
    figures.put("admittedPools", admitted.size());
    figures.put("admissionClasses", String.join(",", new TreeSet<>(admitted.stream()
        .map(ResourcePool::admissionClass).toList())));
    figures.put("connectionMethods", String.join(",", new TreeSet<>(admitted.stream()
        .map(pool -> pool.connection().name()).toList())));
    figures.put("fp64Tflops", total.fp64Tflops().toPlainString());
    figures.put("fp16Tflops", total.fp16Tflops().toPlainString());
    figures.put("int8Tops", total.int8Tops().toPlainString());
    figures.put("cpuCores", total.cpuCores().toPlainString());
    figures.put("memoryGib", total.memoryGib().toPlainString());
    figures.put("storageTb", total.storageTb().toPlainString());
    figures.put("networkGbps", total.networkGbps().toPlainString());
    if (admitted.isEmpty()) {
      return WorkResult.bpmnError("NOT_ADMISSIBLE",
          "No pool of provider " + providerId + " meets an admission class", figures);
    }
    return WorkResult.complete(figures);
  }
}
