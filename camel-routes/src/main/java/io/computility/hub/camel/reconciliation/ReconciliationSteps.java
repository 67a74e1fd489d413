package io.computility.hub.camel.reconciliation;

import io.computility.hub.camel.resource.Provider;
import io.computility.hub.camel.resource.ResourceInventory;
import io.computility.hub.workers.billing.cycle.MonthlyBills;
import io.computility.hub.workers.billing.reconciliation.Reconciliation;
import io.computility.hub.workers.billing.reconciliation.Reconciliations;
import io.computility.hub.workers.billing.reconciliation.UsageLine;
import io.computility.hub.workers.metering.Meter;
import java.util.List;
import org.apache.camel.Header;
import org.apache.camel.Message;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The beans of route {@code reconcile-usage}. */
@Component
class ReconciliationSteps {

  private final ResourceInventory inventory;
  private final ObjectProvider<Reconciliations> reconciliations;

  /** Reconciliations come from the workers module, absent from the resource layer's own tests. */
  ReconciliationSteps(ResourceInventory inventory, ObjectProvider<Reconciliations> reconciliations) {
    this.inventory = inventory;
    this.reconciliations = reconciliations;
  }

  /** Sets header {@code statementUrl}: the statement resource under the provider's registered API root. */
  public void locate(@Header("providerId") String providerId, Message message) {
    Provider provider = inventory.provider(providerId).filter(known -> known.baseUrl() != null)
        .orElseThrow(() -> new IllegalArgumentException("No provider with an API: " + providerId));
    message.setHeader("statementUrl", provider.baseUrl() + "/usage-statement");
  }

  /**
   * Reconciles the statement with the hub's usage records. The provider names its allocations by its own ids; the
   * hub's are {@code <providerId>:<the provider's id>} (as {@code CamelProviderGateway} creates them).
   */
  public Reconciliation reconcile(@Header("providerId") String providerId, @Header("period") String period,
      UsageStatement statement) {
    List<UsageLine> lines = statement.lines().stream().map(line -> new UsageLine(providerId + ":" + line.allocationId(),
        null, Meter.valueOf(line.meter()), line.quantity())).toList();
    return reconciliations.getObject().reconcile(providerId, MonthlyBills.period(period), lines);
  }
}
