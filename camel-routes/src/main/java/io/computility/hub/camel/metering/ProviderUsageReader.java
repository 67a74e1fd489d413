package io.computility.hub.camel.metering;

import io.computility.hub.camel.adapter.Allocation;
import io.computility.hub.camel.adapter.AllocationStates;
import io.computility.hub.camel.adapter.ProviderGateway;
import io.computility.hub.camel.adapter.UsageReport;
import io.computility.hub.camel.resource.ResourceInventory;
import io.computility.hub.camel.resource.ResourcePool;
import io.computility.hub.workers.metering.UsageReader;
import io.computility.hub.workers.metering.UsageReading;
import org.springframework.stereotype.Service;

/**
 * Metering's port to providers ({@link UsageReader}): reads an allocation's usage through {@link ProviderGateway}
 * and states it per meter with {@link UsageMeters}. Failures of the provider call propagate as
 * {@code ProviderCallException}; metering tries again on its next sample.
 */
@Service
class ProviderUsageReader implements UsageReader {

  private final ProviderGateway gateway;
  private final AllocationStates allocations;
  private final ResourceInventory inventory;
  private final UsageMeters meters;

  ProviderUsageReader(ProviderGateway gateway, AllocationStates allocations, ResourceInventory inventory,
      UsageMeters meters) {
    this.gateway = gateway;
    this.allocations = allocations;
    this.inventory = inventory;
    this.meters = meters;
  }

  @Override
  public UsageReading read(String allocationId) {
    Allocation allocation = allocations.find(allocationId)
        .orElseThrow(() -> new IllegalArgumentException("No allocation " + allocationId));
    ResourcePool pool = inventory.pool(allocation.poolId())
        .orElseThrow(() -> new IllegalStateException("Allocation " + allocationId + " names unknown pool "
            + allocation.poolId()));
    UsageReport report = gateway.readUsage(allocation.providerId(), allocationId);
    return new UsageReading(allocationId, meters.readings(pool, report.unitHours(), report.transferredGb()),
        report.readAt());
  }
}
