package io.computility.hub.workers.billing;

import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.Worker;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Topic {@code usage-metering}: samples a running order's usage from its provider, records it and rates it so far.
 *
 * <p>Input variables: {@code orderId}, {@code allocationId}, {@code productId}, {@code planVersion} (optional: the
 * product's current plan when absent), {@code paymentMode}, {@code consumerId}, {@code holdId} (prepaid; optional),
 * and the optional price variables of {@link RatingVariables} ({@code userClass}, {@code commitment},
 * {@code serviceLevel}, {@code units}, {@code heldFrom}; {@code heldUntil} is now while the order runs).
 * Output variables: {@code accruedCostFen} ({@code Long}), {@code balanceState} ({@code OK} | {@code LOW} |
 * {@code EXHAUSTED}, by the rule in {@link UsageAccrual}). No BPMN errors: an unreachable provider or a missing
 * {@code UsageReader} fails the task, which is retried with back-off — never a guessed number. A repeated sample
 * counts once.
 */
@Component
class UsageMeteringWorker implements Worker {

  static final String TOPIC = "usage-metering";

  private final UsageAccrual accrual;
  private final Clock clock;

  UsageMeteringWorker(UsageAccrual accrual, Clock clock) {
    this.accrual = accrual;
    this.clock = clock;
  }

  @Override
  public String topic() {
    return TOPIC;
  }

  @Override
  public WorkResult work(WorkItem item) {
    Object planVersion = item.get("planVersion");
    Accrual accrued;
    try {
      accrued = accrual.accrue(item.requiredString("orderId"), item.requiredString("allocationId"),
          item.requiredString("productId"), planVersion == null ? null : (int) item.requiredLong("planVersion"),
          PaymentMode.valueOf(item.requiredString("paymentMode")), item.requiredString("consumerId"),
          item.stringOr("holdId", null), RatingVariables.of(item, clock.instant()));
    } catch (UsageAccrual.NotWiredException | UsageAccrual.UsageUnavailableException notNow) {
      // Retried with back-off, then an incident an operator sees.
      return WorkResult.failed(notNow.getMessage());
    }
    return WorkResult.complete(Map.of("accruedCostFen", accrued.accruedCostFen(),
        "balanceState", accrued.balanceState().name()));
  }
}
