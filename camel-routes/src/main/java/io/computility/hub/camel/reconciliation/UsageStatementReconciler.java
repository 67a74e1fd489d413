package io.computility.hub.camel.reconciliation;

import io.computility.hub.workers.billing.reconciliation.Reconciliation;
import java.time.YearMonth;
import java.util.Map;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Service;

/** Reconciles a provider's usage statement for a month, pulled through route {@code reconcile-usage}. */
@Service
public class UsageStatementReconciler {

  private final ProducerTemplate camel;

  UsageStatementReconciler(ProducerTemplate camel) {
    this.camel = camel;
  }

  /** Pulls {@code providerId}'s statement for {@code period} and reconciles it; a difference opens a case. */
  public Reconciliation reconcile(String providerId, YearMonth period) {
    return camel.requestBodyAndHeaders(ReconciliationRoutes.ENDPOINT, null,
        Map.of("providerId", providerId, "period", period.toString()), Reconciliation.class);
  }
}
