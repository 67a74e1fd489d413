package io.computility.hub.portal.order;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the order lifecycle ({@code hub.orders}).
 *
 * @param confirmationTimeout how long a placed demand waits for the consumer to confirm an offer before it expires
 *     and its reservation is released (default 30 minutes)
 * @param provisioningTimeout how long a provider may take to report an allocation active before the next
 *     candidate is tried (default 10 minutes)
 * @param provisioningPollInterval how often a pending allocation's status is asked for when no callback came
 *     (default 30 seconds)
 * @param meteringInterval how often a running order's usage is sampled (S-7.5 a; default 15 minutes)
 * @param maxProvisioningAttempts how many candidates are tried in all before the order fails (default 3)
 * @param networkFenPerGb the price of one network GB in an order's price plan (default 80 fen)
 */
@ConfigurationProperties("hub.orders")
public record OrderProperties(
    @DefaultValue("PT30M") Duration confirmationTimeout,
    @DefaultValue("PT10M") Duration provisioningTimeout,
    @DefaultValue("PT30S") Duration provisioningPollInterval,
    @DefaultValue("PT15M") Duration meteringInterval,
    @DefaultValue("3") int maxProvisioningAttempts,
    @DefaultValue("80") long networkFenPerGb) {

  public OrderProperties {
    requirePositive("confirmation-timeout", confirmationTimeout);
    requirePositive("provisioning-timeout", provisioningTimeout);
    requirePositive("provisioning-poll-interval", provisioningPollInterval);
    requirePositive("metering-interval", meteringInterval);
    if (maxProvisioningAttempts < 1) {
      throw new IllegalArgumentException("hub.orders.max-provisioning-attempts must be at least 1");
    }
    if (networkFenPerGb < 0) {
      throw new IllegalArgumentException("hub.orders.network-fen-per-gb must not be negative");
    }
  }

  private static void requirePositive(String name, Duration value) {
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException("hub.orders." + name + " must be positive");
    }
  }
}
