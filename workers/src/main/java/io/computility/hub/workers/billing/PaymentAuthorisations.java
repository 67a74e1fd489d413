package io.computility.hub.workers.billing;

import io.computility.hub.workers.wallet.Hold;
import io.computility.hub.workers.wallet.Wallets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Authorises an order's payment before it is provisioned: prepaid, its estimated cost is held on the wallet;
 * postpaid, the estimate must fit within the credit limit.
 *
 * <p>A prepaid hold lasts until the booked end plus {@code hub.billing.hold-margin}, or
 * {@code hub.billing.hold-validity} when the order has no booked end. Idempotent per order (key
 * {@code hold:<orderId>}).
 */
@Service
public class PaymentAuthorisations {

  private final Wallets wallets;
  private final PostpaidAccounts postpaid;
  private final BillingProperties properties;
  private final Clock clock;

  PaymentAuthorisations(Wallets wallets, PostpaidAccounts postpaid, BillingProperties properties, Clock clock) {
    this.wallets = wallets;
    this.postpaid = postpaid;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * Authorises {@code estimatedCostFen} for {@code orderId}.
   *
   * @param bookedEnd when the order is booked to end, or {@code null}
   * @return the hold placed (prepaid, estimate above zero), else empty
   * @throws io.computility.hub.workers.wallet.WalletProblem {@code INSUFFICIENT_BALANCE} (prepaid)
   * @throws BillingProblem.CreditLimitExceeded (postpaid)
   */
  public Optional<Hold> authorise(String orderId, String consumerId, PaymentMode mode, long estimatedCostFen,
      Instant bookedEnd) {
    if (estimatedCostFen < 0) {
      throw new BillingProblem.Invalid("estimatedCostFen", estimatedCostFen);
    }
    if (mode == PaymentMode.POSTPAID) {
      postpaid.authorise(consumerId, estimatedCostFen, orderId);
      return Optional.empty();
    }
    if (estimatedCostFen == 0) {
      return Optional.empty();
    }
    return Optional.of(wallets.placeHold(consumerId, estimatedCostFen, orderId, validity(bookedEnd),
        "hold:" + orderId));
  }

  private Duration validity(Instant bookedEnd) {
    if (bookedEnd == null) {
      return properties.holdValidity();
    }
    Duration untilEnd = Duration.between(clock.instant(), bookedEnd);
    return (untilEnd.isNegative() ? Duration.ZERO : untilEnd).plus(properties.holdMargin());
  }
}
