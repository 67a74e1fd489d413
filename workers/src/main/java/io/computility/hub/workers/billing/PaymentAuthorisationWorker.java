package io.computility.hub.workers.billing;

import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.Worker;
import io.computility.hub.workers.wallet.Hold;
import io.computility.hub.workers.wallet.WalletProblem;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Topic {@code payment-authorisation}: authorises the order's payment before provisioning.
 *
 * <p>Input variables: {@code orderId}, {@code consumerId}, {@code paymentMode} ({@code PREPAID} | {@code POSTPAID}),
 * {@code estimatedCostFen}, optionally {@code bookedEnd} (ISO instant; the hold lasts until then plus
 * {@code hub.billing.hold-margin}). Output variables: {@code holdId} (prepaid with an estimate above zero only).
 * BPMN errors: {@code INSUFFICIENT_BALANCE} (prepaid, the wallet's available balance is below the estimate),
 * {@code CREDIT_LIMIT_EXCEEDED} (postpaid). Idempotent per order: a retry returns the same hold.
 */
@Component
class PaymentAuthorisationWorker implements Worker {

  static final String TOPIC = "payment-authorisation";

  private final PaymentAuthorisations authorisations;

  PaymentAuthorisationWorker(PaymentAuthorisations authorisations) {
    this.authorisations = authorisations;
  }

  @Override
  public String topic() {
    return TOPIC;
  }

  @Override
  public WorkResult work(WorkItem item) {
    String bookedEnd = item.stringOr("bookedEnd", null);
    Optional<Hold> hold;
    try {
      hold = authorisations.authorise(item.requiredString("orderId"), item.requiredString("consumerId"),
          PaymentMode.valueOf(item.requiredString("paymentMode")), item.requiredLong("estimatedCostFen"),
          bookedEnd == null ? null : Instant.parse(bookedEnd));
    } catch (WalletProblem problem) {
      if ("INSUFFICIENT_BALANCE".equals(problem.code())) {
        return WorkResult.bpmnError(problem.code(), problem.getBody().getDetail());
      }
      throw problem;
    } catch (BillingProblem.CreditLimitExceeded problem) {
      return WorkResult.bpmnError(problem.code(), problem.getBody().getDetail());
    }
    return hold.map(placed -> WorkResult.complete(Map.of("holdId", placed.holdId()))).orElseGet(WorkResult::complete);
  }
}
