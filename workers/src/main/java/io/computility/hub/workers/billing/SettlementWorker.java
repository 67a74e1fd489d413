package io.computility.hub.workers.billing;

import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.Worker;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Topic {@code settlement}: collects the order's bill and splits it between provider and platform, by the rules
 * in {@link OrderSettlements}.
 *
 * <p>Input variables: {@code orderId}, {@code billId}, {@code paymentMode}, {@code holdId} (prepaid; optional),
 * {@code consumerId}, {@code providerId}. Output variables ({@code Long} fen): {@code capturedFen} (collected for
 * the bill: hold capture plus any wallet charge beyond it, or the amount posted to the postpaid account),
 * {@code providerShareFen}, {@code platformFeeFen}, {@code unpaidFen} (what a short prepaid wallet could not
 * cover; the bill is then {@code PARTLY_PAID}). No BPMN errors. Idempotent per order.
 */
@Component
class SettlementWorker implements Worker {

  static final String TOPIC = "settlement";

  private final OrderSettlements settlements;

  SettlementWorker(OrderSettlements settlements) {
    this.settlements = settlements;
  }

  @Override
  public String topic() {
    return TOPIC;
  }

  @Override
  public WorkResult work(WorkItem item) {
    SettlementOutcome outcome = settlements.settle(item.requiredString("orderId"), item.requiredString("billId"),
        PaymentMode.valueOf(item.requiredString("paymentMode")), item.stringOr("holdId", null),
        item.requiredString("consumerId"), item.requiredString("providerId"));
    return WorkResult.complete(Map.of("capturedFen", outcome.collectedFen(),
        "providerShareFen", outcome.providerShareFen(), "platformFeeFen", outcome.platformFeeFen(),
        "unpaidFen", outcome.unpaidFen()));
  }
}
