package io.computility.hub.portal.order;

import io.computility.hub.camel.resource.ResourceInventory;
import io.computility.hub.camel.resource.ResourcePool;
import io.computility.hub.workers.evidence.OrderEvidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** An order's evidence: its demand's process, the order itself, then its bill; its region is its pool's. */
@Component
class OrderEvidenceSubjects implements OrderEvidence {

  private final OrderMapper orders;
  private final ResourceInventory inventory;

  OrderEvidenceSubjects(OrderMapper orders, ResourceInventory inventory) {
    this.orders = orders;
    this.inventory = inventory;
  }

  @Override
  public Optional<Subject> of(String orderId) {
    return Optional.ofNullable(orders.find(orderId)).map(order -> {
      List<String> keys = new ArrayList<>(List.of(order.demandId(), order.id()));
      if (order.billId() != null) {
        keys.add(order.billId());
      }
      String region = inventory.pool(order.poolId()).map(ResourcePool::regionCode).orElse(null);
      return new Subject(order.consumerId(), keys, region);
    });
  }
}
