package io.computility.hub.workers.billing;

import io.computility.hub.workers.jdbc.InList;
import io.computility.hub.workers.metering.Meter;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Products' price plans, versioned. A plan is a list of {@link Charge}s (per unit of usage or time, flat, graduated or
 * volume, per user class and commitment) and its {@link PlanTerms}; the simplest, what order creation makes with
 * {@link #ensure}, is a flat price per unit of each priced meter. Prices never change in place: new prices are a
 * new version, and bills name the version they were rated with.
 *
 * <p>Every new version has a row in {@code billing_price_plan_terms}, so two versions made at once with the same
 * number collide there and one of them is retried; versions made before the terms existed have none and
 * {@link PlanTerms#NONE}.
 */
@Service
public class PricePlans {

  private static final int RACE_ATTEMPTS = 3;
  private static final String ANY = "ANY";
  private static final int MAX_PAGE_SIZE = 200;
  private static final int PRODUCTS_PER_STATEMENT = 1000;

  private final PricePlanMapper plans;
  private final Clock clock;
  private final TransactionTemplate transactions;

  PricePlans(PricePlanMapper plans, Clock clock, PlatformTransactionManager transactionManager) {
    this.plans = plans;
    this.clock = clock;
    this.transactions = new TransactionTemplate(transactionManager);
  }

  /**
   * The product's plan with exactly these flat prices: the current version when it is a flat plan with the same
   * prices, otherwise a new version that becomes current. Safe to call on every listing or order; concurrent calls
   * with the same prices make one version.
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
    return ensure(productId, new EnumMap<>(fenPerUnit).entrySet().stream()
        .map(price -> Charge.perUnit(price.getKey(), price.getValue())).toList());
  }

  /**
   * Like {@link #ensure(String, Map)} for flat usage charges that may be priced per bundle of meter units
   * ({@link Charge#perBundle}): the current version when it has exactly these charges, otherwise a new one.
   *
   * @throws BillingProblem.Invalid when a charge is not a flat usage price for everybody, or is malformed
   */
  public PricePlan ensure(String productId, List<Charge> flatCharges) {
    if (flatCharges == null || flatCharges.isEmpty()) {
      throw new BillingProblem.Invalid("charges", flatCharges);
    }
    for (int i = 0; i < flatCharges.size(); i++) {
      Charge charge = flatCharges.get(i);
      if (charge == null || !charge.isFlatUsage()) {
        throw new BillingProblem.Invalid("charges[" + i + "]", charge);
      }
      charge.validate("charges[" + i + "]");
    }
    PricePlan wanted = new PricePlan(productId, 0, flatCharges, PlanTerms.NONE, null);
    return newVersion(productId, flatCharges, PlanTerms.NONE, current -> current.terms().isNone()
        && current.charges().equals(wanted.charges()));
  }

  /**
   * Publishes a new version of the product's plan (an operator's change of prices); it becomes current and
   * orders sold from now on are rated by it. Orders sold before keep their version.
   *
   * @param charges at least one; at most one per dimension, user class and commitment
   * @throws BillingProblem.Invalid naming the field at fault; nothing is stored then
   */
  public PricePlan publish(String productId, List<Charge> charges, PlanTerms terms) {
    if (productId == null || productId.isBlank() || productId.length() > 64) {
      throw new BillingProblem.Invalid("productId", productId);
    }
    if (charges == null || charges.isEmpty()) {
      throw new BillingProblem.Invalid("charges", charges);
    }
    Set<List<Object>> keys = new HashSet<>();
    for (int i = 0; i < charges.size(); i++) {
      Charge charge = charges.get(i);
      if (charge == null) {
        throw new BillingProblem.Invalid("charges[" + i + "]", null);
      }
      charge.validate("charges[" + i + "]");
      if (!keys.add(Arrays.asList(charge.dimension(), charge.userClass(), charge.commitment()))) {
        throw new BillingProblem.Invalid("charges[" + i + "]", "a second price of " + charge.dimension()
            + " for the same user class and commitment");
      }
    }
    PlanTerms checked = terms == null ? PlanTerms.NONE : terms;
    checked.validate();
    return newVersion(productId, charges, checked, current -> false);
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
   * The public-service quota of each product's current plan, what {@code current(productId).terms()
   * .publicServiceQuota()} answers, without loading the plans: one statement for up to 1,000 products.
   *
   * @param productIds not {@code null}; no {@code null} element
   * @return an entry for each of the products: 0 for one without a plan, or whose current version has no terms
   */
  public Map<String, BigDecimal> publicServiceQuotas(Collection<String> productIds) {
    Map<String, BigDecimal> quotas = new HashMap<>();
    productIds.forEach(productId -> quotas.put(productId, BigDecimal.ZERO));
    InList.inChunks(List.copyOf(quotas.keySet()), PRODUCTS_PER_STATEMENT, chunk -> plans.publicServiceQuotas(chunk)
        .forEach(row -> quotas.put(row.productId(), row.publicServiceQuota().stripTrailingZeros())));
    return quotas;
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

  /**
   * The current plans of the products that have one, by product id.
   *
   * @param page from 0
   * @param size 1 to 200
   */
  public List<PricePlan> currentPlans(int page, int size) {
    if (page < 0) {
      throw new BillingProblem.Invalid("page", page);
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new BillingProblem.Invalid("size", size);
    }
    return plans.products(size, (long) page * size).stream().map(this::current).toList();
  }

  private PricePlan newVersion(String productId, List<Charge> charges, PlanTerms terms, Predicate<PricePlan> same) {
    for (int attempt = 1; ; attempt++) {
      Integer latest = plans.latestVersion(productId);
      if (latest != null && same.test(load(productId, latest))) {
        return load(productId, latest);
      }
      int next = latest == null ? 1 : latest + 1;
      try {
        return transactions.execute(status -> create(productId, next, charges, terms));
      } catch (DuplicateKeyException raced) {
        // Another call made version `next` first; look again whether it is the same plan.
        if (attempt == RACE_ATTEMPTS) {
          throw raced;
        }
      }
    }
  }

  private PricePlan create(String productId, int version, List<Charge> charges, PlanTerms terms) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    Map<ServiceLevel, BigDecimal> multipliers = terms.serviceLevelMultipliers();
    plans.insertTerms(new PlanTermsRow(productId, version, terms.minimumChargeFen(),
        multipliers.get(ServiceLevel.GOLD), multipliers.get(ServiceLevel.SILVER),
        multipliers.get(ServiceLevel.BRONZE), terms.publicServiceQuota()));
    terms.publicServiceCaps().forEach((meter, cap) -> plans.insertCap(new PlanCapRow(productId, version, meter, cap)));
    for (Charge charge : charges) {
      plans.insert(new PricePlanRow(productId, version,
          charge.meter() != null ? charge.meter().name() : charge.period().name(), charge.unit(),
          charge.tiers().get(0).fenPerUnit(), now, charge.model(),
          charge.model() == PriceModel.PER_UNIT ? null : TierText.format(charge.tiers()),
          charge.userClass() == null ? ANY : charge.userClass().name(),
          charge.commitment() == null ? ANY : charge.commitment().name(), charge.per()));
    }
    return new PricePlan(productId, version, charges, terms, now);
  }

  private PricePlan load(String productId, int version) {
    List<PricePlanRow> rows = plans.version(productId, version);
    if (rows.isEmpty()) {
      return null;
    }
    List<Charge> charges = rows.stream().map(PricePlans::charge).toList();
    return new PricePlan(productId, version, charges, terms(productId, version), rows.get(0).validFrom());
  }

  private static Charge charge(PricePlanRow row) {
    boolean time = Arrays.stream(BillingPeriod.values()).anyMatch(period -> period.name().equals(row.meter()));
    List<Tier> tiers = row.tiers() == null ? List.of(Tier.unbounded(row.unitPriceFen())) : TierText.parse(row.tiers());
    return new Charge(time ? null : Meter.valueOf(row.meter()), time ? BillingPeriod.valueOf(row.meter()) : null,
        row.priceModel(), tiers, ANY.equals(row.userClass()) ? null : UserClass.valueOf(row.userClass()),
        ANY.equals(row.commitment()) ? null : Commitment.valueOf(row.commitment()), row.perQuantity());
  }

  private PlanTerms terms(String productId, int version) {
    PlanTermsRow row = plans.terms(productId, version);
    if (row == null) {
      return PlanTerms.NONE;
    }
    Map<ServiceLevel, BigDecimal> multipliers = new EnumMap<>(ServiceLevel.class);
    putIfSet(multipliers, ServiceLevel.GOLD, row.goldMultiplier());
    putIfSet(multipliers, ServiceLevel.SILVER, row.silverMultiplier());
    putIfSet(multipliers, ServiceLevel.BRONZE, row.bronzeMultiplier());
    Map<Meter, Long> caps = new EnumMap<>(Meter.class);
    plans.caps(productId, version).forEach(cap -> caps.put(cap.meter(), cap.capFen()));
    return new PlanTerms(row.minimumChargeFen(), multipliers, row.publicServiceQuota().stripTrailingZeros(), caps);
  }

  private static void putIfSet(Map<ServiceLevel, BigDecimal> multipliers, ServiceLevel level, BigDecimal factor) {
    if (factor != null) {
      multipliers.put(level, factor.stripTrailingZeros());
    }
  }
}
