package io.computility.hub.workers.billing;

import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.Worker;
import io.computility.hub.workers.metering.UsageMeter;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Topic {@code rating-and-billing}: rates the order's recorded usage and issues its bill.
 *
 * <p>Input variables: {@code orderId}, {@code consumerId}, {@code providerId}, {@code productId},
 * {@code planVersion} (optional: the product's current plan when absent). Output variables: {@code billId},
 * {@code billTotalFen} ({@code Long}). No BPMN errors. Idempotent per order: the first bill stands.
 */
@Component
class RatingAndBillingWorker implements Worker {

  static final String TOPIC = "rating-and-billing";

  private final UsageMeter meter;
  private final PricePlans plans;
  private final Rating rating;
  private final Bills bills;

  RatingAndBillingWorker(UsageMeter meter, PricePlans plans, Rating rating, Bills bills) {
    this.meter = meter;
    this.plans = plans;
    this.rating = rating;
    this.bills = bills;
  }

  @Override
  public String topic() {
    return TOPIC;
  }

  @Override
  public WorkResult work(WorkItem item) {
    String orderId = item.requiredString("orderId");
    String productId = item.requiredString("productId");
    Bill bill = bills.forOrder(orderId).orElseGet(() -> {
      PricePlan plan = item.get("planVersion") == null ? plans.current(productId)
          : plans.version(productId, (int) item.requiredLong("planVersion"));
      return bills.issue(item.requiredString("consumerId"), item.requiredString("providerId"),
          rating.rate(orderId, plan, meter.totals(orderId)));
    });
    return WorkResult.complete(Map.of("billId", bill.billId(), "billTotalFen", bill.totalFen()));
  }
}
