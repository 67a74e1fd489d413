package io.computility.hub.workers.billing;

import io.computility.hub.workers.metering.Meter;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Products' price plans, versioned. A plan is a flat price per unit of each priced meter: the product's primary
 * meter (GPU·h, core·h, …) and usually {@link Meter#NETWORK_GB}. Prices never change in place: new prices are a new
 * version, and bills name the version they were rated with.
 */
@Service
public class PricePlans {

  private static final int RACE_ATTEMPTS = 3;

  private final PricePlanMapper plans;
  private final Clock clock;
  private final TransactionTemplate transactions;

  PricePlans(PricePlanMapper plans, Clock clock, PlatformTransactionManager transactionManager) {
    this.plans = plans;
    this.clock = clock;
    this.transactions = new TransactionTemplate(transactionManager);
  }

  /**
   * The product's plan with exactly these prices: the current version when its prices are the same, otherwise a
   * new version that becomes current. Safe to call on every listing or order; concurrent calls with the same
   * prices make one version.
   *
   * @param fenPerUnit fen per unit of each priced meter; not empty, no negative price
   * @throws BillingProblem.Invalid when the prices are empty or negative
   */
  public PricePlan ensure(String productId, Map<Meter, Long> fenPerUnit) {
    if (fenPerUnit == null || fenPerUnit.isEmpty()) {
      throw new BillingProblem.Invalid("fenPerUnit", fenPerUnit);
    }
    fenPerUnit.forEach((meter, fen) -> {
      if (meter == null || fen == null || fen < 0) {
        throw new BillingProblem.Invalid("fenPerUnit", meter + "=" + fen);
      }
    });
    Map<Meter, Long> prices = new EnumMap<>(fenPerUnit);
    for (int attempt = 1; ; attempt++) {
      Integer latest = plans.latestVersion(productId);
      if (latest != null) {
        PricePlan current = load(productId, latest);
        if (current.hasPrices(prices)) {
          return current;
        }
      }
      int next = latest == null ? 1 : latest + 1;
      try {
        return transactions.execute(status -> create(productId, next, prices));
      } catch (DuplicateKeyException raced) {
        // Another call made version `next` first; look again whether it has these prices.
        if (attempt == RACE_ATTEMPTS) {
          throw raced;
        }
      }
    }
  }

  /**
   * The product's current (latest) plan.
   *
   * @throws BillingProblem.UnknownPricePlan when the product has none
   */
  public PricePlan current(String productId) {
    Integer latest = plans.latestVersion(productId);
    if (latest == null) {
      throw new BillingProblem.UnknownPricePlan(productId, null);
    }
    return load(productId, latest);
  }

  /**
   * One version of the product's plan.
   *
   * @throws BillingProblem.UnknownPricePlan when there is no such version
   */
  public PricePlan version(String productId, int version) {
    PricePlan plan = load(productId, version);
    if (plan == null) {
      throw new BillingProblem.UnknownPricePlan(productId, version);
    }
    return plan;
  }

  private PricePlan create(String productId, int version, Map<Meter, Long> prices) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    prices.forEach((meter, fen) -> plans.insert(new PricePlanRow(productId, version, meter, meter.unit(), fen, now)));
    return new PricePlan(productId, version, prices, now);
  }

  private PricePlan load(String productId, int version) {
    List<PricePlanRow> rows = plans.version(productId, version);
    if (rows.isEmpty()) {
      return null;
    }
    Map<Meter, Long> prices = new EnumMap<>(Meter.class);
    rows.forEach(row -> prices.put(row.meter(), row.unitPriceFen()));
    return new PricePlan(productId, version, prices, rows.get(0).validFrom());
  }
}
