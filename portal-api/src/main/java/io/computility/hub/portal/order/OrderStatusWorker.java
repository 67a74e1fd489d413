package io.computility.hub.portal.order;

import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.Worker;
import org.springframework.stereotype.Component;

/**
 * Topic {@code order-status}: records that the order reached {@code orderStatus} (an input of the step in the
 * model) after a step another module did — payment authorised, billed, settled, failed, cancelled — together with
 * what that step produced: {@code holdId}, {@code billId}, {@code billTotalFen}. Recording a status the order has
 * already changes nothing.
 */
@Component
class OrderStatusWorker implements Worker {

  private final OrderRecords records;

  OrderStatusWorker(OrderRecords records) {
    this.records = records;
  }

  @Override
  public String topic() {
    return "order-status";
  }

  @Override
  public WorkResult work(WorkItem item) {
    String orderId = item.requiredString("orderId");
    OrderStatus status = OrderStatus.valueOf(item.requiredString("orderStatus"));
    String holdId = item.stringOr("holdId", null);
    if (holdId != null) {
      records.recordHold(orderId, holdId);
    }
    String billId = item.stringOr("billId", null);
    if (billId != null) {
      Object total = item.get("billTotalFen");
      records.recordBill(orderId, billId, total instanceof Number number ? number.longValue() : null);
    }
    records.move(orderId, status, item.stringOr("orderStatusDetail", null));
    return WorkResult.complete();
  }
}
