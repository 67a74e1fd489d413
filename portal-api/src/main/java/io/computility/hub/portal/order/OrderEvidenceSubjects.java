package io.computility.hub.portal.order;

import io.computility.hub.workers.evidence.OrderEvidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** An order's evidence: its demand's process, the order itself, then its bill. */
@Component
class OrderEvidenceSubjects implements OrderEvidence {

  private final OrderMapper orders;

  OrderEvidenceSubjects(OrderMapper orders) {
    this.orders = orders;
  }

  @Override
  public Optional<Subject> of(String orderId) {
    return Optional.ofNullable(orders.find(orderId)).map(order -> {
      List<String> keys = new ArrayList<>(List.of(order.demandId(), order.id()));
      if (order.billId() != null) {
        keys.add(order.billId());
      }
      return new Subject(order.consumerId(), keys);
    });
  }
}
