package io.computility.hub.camel.partner;

import io.computility.hub.camel.resource.PoolSnapshot;
import io.computility.hub.camel.resource.ResourceInventory;
import io.computility.hub.camel.resource.UsageRecords;
import org.apache.camel.Body;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Applies a validated partner event to the unified model. */
@Component
class PartnerIntake {

  private final ResourceInventory inventory;
  private final UsageRecords usage;

  PartnerIntake(ResourceInventory inventory, UsageRecords usage) {
    this.inventory = inventory;
    this.usage = usage;
  }

  @Transactional
  public void apply(@Header(PartnerRoutes.PROVIDER) String providerId, @Body Object event) {
    if (event instanceof PartnerRequests.InventoryReport report) {
      inventory.record(providerId, report.pools().stream().map(pool -> new PoolSnapshot(pool.externalId(),
          pool.kind(), pool.zone(), pool.spec(), pool.totalUnits(), pool.remainingUnits(),
          pool.priceFenPerUnitHour(), pool.currency())).toList());
    } else if (event instanceof PartnerRequests.UsageReport report) {
      report.samples().forEach(sample -> usage.record(providerId, sample.allocationRef(), sample.unitHours(),
          sample.periodStart(), sample.periodEnd(), UsageRecords.Source.PUSH));
    } else {
      throw new IllegalArgumentException("Not a partner event: " + event);
    }
  }
}
