package io.computility.hub.workers.billing;

import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.Worker;
import io.computility.hub.workers.metering.Meter;
import io.computility.hub.workers.metering.UsageMeter;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Topic {@code rating-and-billing}: rates the order's recorded usage, applies the consumer's coupons and issues its
 * bill.
 *
 * <p>Input variables: {@code orderId}, {@code consumerId}, {@code providerId}, {@code productId},
 * {@code planVersion} (optional: the product's current plan when absent), and the optional price variables of
 * {@link RatingVariables} ({@code userClass}, {@code commitment}, {@code serviceLevel}, {@code units},
 * {@code heldFrom}, {@code heldUntil}), and {@code projectCode} / {@code projectName} (optional: the consumer's
 * {@link Project}, kept on the bill). Output variables: {@code billId}, {@code billTotalFen} ({@code Long}). No
 * BPMN errors. Idempotent per order: the first bill stands.
 *
 * <p>Coupons ({@link Discounts}, when deployed) are consumed in the transaction that issues the bill; when one was
 * taken by another order's bill meanwhile, the order is rated again without it.
 */
@Component
class RatingAndBillingWorker implements Worker {

  static final String TOPIC = "rating-and-billing";
  private static final int COUPON_RACE_ATTEMPTS = 3;

  private final UsageMeter meter;
  private final PricePlans plans;
  private final Rating rating;
  private final Bills bills;
  private final ObjectProvider<Discounts> discounts;
  private final Clock clock;

  RatingAndBillingWorker(UsageMeter meter, PricePlans plans, Rating rating, Bills bills,
      ObjectProvider<Discounts> discounts, Clock clock) {
    this.meter = meter;
    this.plans = plans;
    this.rating = rating;
    this.bills = bills;
    this.discounts = discounts;
    this.clock = clock;
  }

  @Override
  public String topic() {
    return TOPIC;
  }

  @Override
  public WorkResult work(WorkItem item) {
    String orderId = item.requiredString("orderId");
    Bill bill = bills.forOrder(orderId).orElseGet(() -> issue(item, orderId));
    return WorkResult.complete(Map.of("billId", bill.billId(), "billTotalFen", bill.totalFen()));
  }

  private Bill issue(WorkItem item, String orderId) {
    String productId = item.requiredString("productId");
    String consumerId = item.requiredString("consumerId");
    String providerId = item.requiredString("providerId");
    PricePlan plan = item.get("planVersion") == null ? plans.current(productId)
        : plans.version(productId, (int) item.requiredLong("planVersion"));
    RatingContext order = RatingVariables.of(item, clock.instant());
    Map<Meter, BigDecimal> totals = meter.totals(orderId);
    RatedUsage rated = rating.rate(orderId, plan, totals, order);
    Project project = Project.of(item.stringOr("projectCode", null), item.stringOr("projectName", null));
    Discounts coupons = discounts.getIfAvailable();
    if (coupons == null) {
      return bills.issue(consumerId, providerId, project, rated, () -> { });
    }
    for (int attempt = 1; ; attempt++) {
      Discounts.DiscountedUsage discounted = coupons.discount(consumerId, providerId, order.userClass(), rated);
      try {
        return bills.issue(consumerId, providerId, project, discounted.rated(),
            () -> coupons.consume(consumerId, orderId, discounted.redemptionIds()));
      } catch (Discounts.RedemptionTaken taken) {
        if (attempt == COUPON_RACE_ATTEMPTS) {
          throw taken;
        }
      }
    }
  }
}
