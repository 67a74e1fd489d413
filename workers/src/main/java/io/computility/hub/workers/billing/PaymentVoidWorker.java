package io.computility.hub.workers.billing;

import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.Worker;
import io.computility.hub.workers.wallet.WalletProblem;
import io.computility.hub.workers.wallet.Wallets;
import org.springframework.stereotype.Component;

/**
 * Topic {@code payment-void}: returns the order's hold to the wallet in full (compensation: nothing is charged for
 * what was not delivered).
 *
 * <p>Input variables: {@code holdId} (absent or null: nothing was held, nothing to do). No output variables, no
 * BPMN errors. Idempotent: a hold already voided, expired or captured is left as it is.
 */
@Component
class PaymentVoidWorker implements Worker {

  static final String TOPIC = "payment-void";

  private final Wallets wallets;

  PaymentVoidWorker(Wallets wallets) {
    this.wallets = wallets;
  }

  @Override
  public String topic() {
    return TOPIC;
  }

  @Override
  public WorkResult work(WorkItem item) {
    String holdId = item.stringOr("holdId", null);
    if (holdId == null) {
      return WorkResult.complete();
    }
    try {
      wallets.voidHold(holdId, "void:" + holdId);
    } catch (WalletProblem problem) {
      if (!"HOLD_CLOSED".equals(problem.code())) {
        throw problem;
      }
    }
    return WorkResult.complete();
  }
}
