package io.computility.hub.workers.billing.cycle;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the monthly billing cycle ({@code hub.billing.cycle.*}).
 *
 * @param zone the zone months are counted in; default {@code Asia/Shanghai}
 * @param paymentTerm how long after issue a monthly bill is due; default 14 days
 * @param defaultGrouping how an account's orders go on bills when it has no preference; default {@code MERGE}
 */
@ConfigurationProperties("hub.billing.cycle")
public record BillingCycleProperties(
    @DefaultValue("Asia/Shanghai") ZoneId zone,
    @DefaultValue("14d") Duration paymentTerm,
    @DefaultValue("MERGE") Grouping defaultGrouping) {

  public BillingCycleProperties {
    if (paymentTerm.isNegative()) {
      throw new IllegalArgumentException("hub.billing.cycle.payment-term must not be negative");
    }
  }
}
