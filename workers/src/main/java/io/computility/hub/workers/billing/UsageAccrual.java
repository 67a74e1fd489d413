package io.computility.hub.workers.billing;

import io.computility.hub.workers.metering.UsageMeter;
import io.computility.hub.workers.metering.UsageReader;
import io.computility.hub.workers.metering.UsageReading;
import io.computility.hub.workers.wallet.Hold;
import io.computility.hub.workers.wallet.Wallets;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Meters a running order: reads its allocation's usage from the provider, records it, rates the totals so far and
 * says how much room the payment has left.
 *
 * <p>The balance rule: prepaid, remaining = the hold's amount (while it is active) + the wallet's available
 * balance − accrued cost, measured against the hold; postpaid, remaining = credit limit − owed − accrued cost,
 * measured against the limit. {@link BalanceState#EXHAUSTED} at or below zero, {@link BalanceState#LOW} below
 * {@code hub.billing.low-balance-share} of the measure.
 *
 * <p>The {@link UsageReader} comes from the resource layer; until it is deployed {@link #accrue} throws
 * {@link NotWiredException}.
 */
@Service
public class UsageAccrual {

  private final Supplier<UsageReader> readers;
  private final UsageMeter meter;
  private final PricePlans plans;
  private final Rating rating;
  private final Wallets wallets;
  private final PostpaidAccounts postpaid;
  private final BillingProperties properties;

  UsageAccrual(ObjectProvider<UsageReader> readers, UsageMeter meter, PricePlans plans, Rating rating,
      Wallets wallets, PostpaidAccounts postpaid, BillingProperties properties) {
    this.readers = readers::getIfAvailable;
    this.meter = meter;
    this.plans = plans;
    this.rating = rating;
    this.wallets = wallets;
    this.postpaid = postpaid;
    this.properties = properties;
  }

  /**
   * {@link #accrue(String, String, String, Integer, PaymentMode, String, String, RatingContext)} for an order known
   * only by its usage.
   */
  public Accrual accrue(String orderId, String allocationId, String productId, Integer planVersion,
      PaymentMode mode, String consumerId, String holdId) {
    return accrue(orderId, allocationId, productId, planVersion, mode, consumerId, holdId, RatingContext.NONE);
  }

  /**
   * Takes one usage sample of {@code allocationId} for {@code orderId} and rates the order's usage so far.
   *
   * @param planVersion the plan version the order was bought at; {@code null} for the product's current plan
   * @param holdId the order's prepaid hold, or {@code null}
   * @param order what else of the order its price depends on ({@link RatingContext#NONE} when nothing)
   * @throws NotWiredException when no {@link UsageReader} is deployed
   * @throws UsageUnavailableException when the provider cannot be reached; nothing is recorded then
   */
  public Accrual accrue(String orderId, String allocationId, String productId, Integer planVersion,
      PaymentMode mode, String consumerId, String holdId, RatingContext order) {
    UsageReader reader = readers.get();
    if (reader == null) {
      throw new NotWiredException();
    }
    UsageReading reading;
    try {
      reading = reader.read(allocationId);
    } catch (RuntimeException unreachable) {
      throw new UsageUnavailableException(allocationId, unreachable);
    }
    meter.record(orderId, reading);
    PricePlan plan = planVersion == null ? plans.current(productId) : plans.version(productId, planVersion);
    long accrued = rating.rate(orderId, plan, meter.totals(orderId), order).totalFen();
    long remaining;
    long measure;
    if (mode == PaymentMode.PREPAID) {
      measure = holdId == null ? 0 : heldFor(holdId);
      remaining = measure + wallets.balance(consumerId).available() - accrued;
    } else {
      measure = postpaid.creditLimit(consumerId);
      remaining = measure - postpaid.outstanding(consumerId) - accrued;
    }
    return new Accrual(accrued, remaining, BalanceState.of(remaining, measure, properties.lowBalanceShare()));
  }

  /** What the hold still sets aside: its amount while active; once closed its money is back in the wallet. */
  private long heldFor(String holdId) {
    Hold hold = wallets.hold(holdId);
    return hold.status() == Hold.Status.ACTIVE ? hold.amount() : 0;
  }

  /** The provider could not tell the allocation's usage now; the next sample tries again. */
  public static final class UsageUnavailableException extends RuntimeException {
    UsageUnavailableException(String allocationId, RuntimeException cause) {
      super("Usage of allocation '" + allocationId + "' could not be read: " + cause.getMessage(), cause);
    }
  }

  /** No {@link UsageReader} is deployed: the resource layer's module is missing. */
  public static final class NotWiredException extends IllegalStateException {
    NotWiredException() {
      super("Usage metering is not wired: a UsageReader bean (the resource layer) is needed");
    }
  }
}
