package io.computility.hub.workers.billing;

import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of rating, payment and settlement ({@code hub.billing.*}).
 *
 * @param platformFeeBasisPoints the platform's fee on settled money, in hundredths of a percent; default 1000
 *     (10 %)
 * @param defaultCreditLimitFen a postpaid customer's credit limit until an operator sets one; default 100 000 fen
 *     (1 000 CNY)
 * @param lowBalanceShare {@code balanceState} turns {@code LOW} when what remains is below this share of the hold
 *     (prepaid) or of the credit limit (postpaid); default 0.2
 * @param holdMargin how long a prepaid hold outlives the order's booked end, for the final reading, rating and
 *     settlement; default 1 hour
 * @param holdValidity how long a prepaid hold lasts when the order has no booked end; default 1 day
 */
@ConfigurationProperties("hub.billing")
public record BillingProperties(
    @DefaultValue("1000") int platformFeeBasisPoints,
    @DefaultValue("100000") long defaultCreditLimitFen,
    @DefaultValue("0.2") BigDecimal lowBalanceShare,
    @DefaultValue("1h") Duration holdMargin,
    @DefaultValue("1d") Duration holdValidity) {

  public BillingProperties {
    if (platformFeeBasisPoints < 0 || platformFeeBasisPoints > 10_000) {
      throw new IllegalArgumentException("hub.billing.platform-fee-basis-points must be between 0 and 10000");
    }
    if (defaultCreditLimitFen < 0) {
      throw new IllegalArgumentException("hub.billing.default-credit-limit-fen must not be negative");
    }
    if (lowBalanceShare.signum() < 0 || lowBalanceShare.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("hub.billing.low-balance-share must be between 0 and 1");
    }
  }
}
