package io.computility.hub.workers.billing.reconciliation;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of usage reconciliation ({@code hub.billing.reconciliation.*}).
 *
 * @param tolerance the largest absolute difference of quantities (in the meter's unit) that still matches;
 *     default 0.01
 */
@ConfigurationProperties("hub.billing.reconciliation")
public record ReconciliationProperties(@DefaultValue("0.01") BigDecimal tolerance) {

  public ReconciliationProperties {
    if (tolerance.signum() < 0) {
      throw new IllegalArgumentException("hub.billing.reconciliation.tolerance must not be negative");
    }
  }
}
