package io.computility.hub.workers.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.computility.hub.workers.MutableClock;
import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.WorkersTestApplication;
import io.computility.hub.workers.billing.coupon.CouponKind;
import io.computility.hub.workers.billing.coupon.Coupons;
import io.computility.hub.workers.billing.coupon.NewCoupon;
import io.computility.hub.workers.billing.coupon.Stacking;
import io.computility.hub.workers.metering.Meter;
import io.computility.hub.workers.metering.UsageMeter;
import io.computility.hub.workers.metering.UsageReading;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Plans with charges and terms as stored, versioning, and the rating-and-billing topic with them and coupons. */
@SpringBootTest(classes = WorkersTestApplication.class)
class PricePlanDepthTest {

  @Autowired PricePlans plans;
  @Autowired RatingAndBillingWorker billing;
  @Autowired UsageMeter meter;
  @Autowired Bills bills;
  @Autowired Coupons coupons;
  @Autowired MutableClock clock;

  String productId;
  String orderId;
  String consumer;

  private static final List<Tier> TIERS = List.of(new Tier(new BigDecimal("100"), 2_000), Tier.unbounded(1_800));

  @BeforeEach
  void fresh() {
    productId = "gpu-" + UUID.randomUUID();
    orderId = "order-" + UUID.randomUUID();
    consumer = "consumer-" + UUID.randomUUID();
  }

  private PricePlan publishDeepPlan() {
    return plans.publish(productId, List.of(
        new Charge(Meter.GPU_HOURS, null, PriceModel.GRADUATED, TIERS, null, null),
        Charge.perUnit(Meter.GPU_HOURS, 1_500).forCommitment(Commitment.RESERVED),
        Charge.perUnit(Meter.GPU_HOURS, 1_200).forClass(UserClass.PUBLIC_SERVICE),
        Charge.perUnit(Meter.NETWORK_GB, 80),
        Charge.perTime(BillingPeriod.HOUR, 100)),
        new PlanTerms(1_000, Map.of(ServiceLevel.GOLD, new BigDecimal("1.25")), new BigDecimal("0.15"),
            Map.of(Meter.GPU_HOURS, 1_000L)));
  }

  @Test
  void aPublishedPlanIsStoredAsPublishedAndEnsureMakesTheNextFlatVersion() {
    PricePlan published = publishDeepPlan();
    PricePlan stored = plans.version(productId, published.version());

    assertThat(stored.charges()).isEqualTo(published.charges());
    assertThat(stored.terms().minimumChargeFen()).isEqualTo(1_000);
    assertThat(stored.terms().multiplier(ServiceLevel.GOLD)).isEqualByComparingTo("1.25");
    assertThat(stored.terms().multiplier(ServiceLevel.BRONZE)).isEqualByComparingTo("1");
    assertThat(stored.terms().publicServiceQuota()).isEqualByComparingTo("0.15");
    assertThat(stored.terms().publicServiceCaps()).containsEntry(Meter.GPU_HOURS, 1_000L);
    assertThat(stored.fenPerUnit()).as("the flat prices for everybody").containsOnlyKeys(Meter.NETWORK_GB);

    PricePlan flat = plans.ensure(productId, Map.of(Meter.NETWORK_GB, 80L));
    assertThat(flat.version()).as("a flat plan is not the published one").isEqualTo(published.version() + 1);
    assertThat(plans.ensure(productId, Map.of(Meter.NETWORK_GB, 80L)).version()).isEqualTo(flat.version());
    assertThat(plans.current(productId).terms()).isEqualTo(PlanTerms.NONE);
  }

  @Test
  void theQuotasOfManyProductsAreTheirCurrentPlansQuotasAndNoneWithoutAPlan() {
    publishDeepPlan();
    String republished = "gpu-" + UUID.randomUUID();
    plans.publish(republished, List.of(Charge.perUnit(Meter.GPU_HOURS, 1)),
        new PlanTerms(0, null, new BigDecimal("0.2"), null));
    plans.publish(republished, List.of(Charge.perUnit(Meter.GPU_HOURS, 1)),
        new PlanTerms(0, null, new BigDecimal("0.30"), null));
    String flat = "gpu-" + UUID.randomUUID();
    plans.ensure(flat, Map.of(Meter.GPU_HOURS, 1L));
    String unpriced = "gpu-" + UUID.randomUUID();

    Map<String, BigDecimal> quotas = plans.publicServiceQuotas(List.of(productId, republished, flat, unpriced));

    assertThat(quotas).containsOnlyKeys(productId, republished, flat, unpriced)
        .containsEntry(productId, plans.current(productId).terms().publicServiceQuota())
        .containsEntry(republished, plans.current(republished).terms().publicServiceQuota())
        .containsEntry(flat, plans.current(flat).terms().publicServiceQuota())
        .containsEntry(unpriced, BigDecimal.ZERO);
    assertThat(quotas.get(republished)).isEqualByComparingTo("0.3");
    assertThat(plans.publicServiceQuotas(List.of())).isEmpty();
  }

  @Test
  void invalidPlansAreProblemsNamingTheFieldAndStoreNothing() {
    assertField(List.of(new Charge(Meter.GPU_HOURS, null, PriceModel.GRADUATED,
        List.of(new Tier(new BigDecimal("100"), 10), new Tier(new BigDecimal("50"), 5), Tier.unbounded(1)), null,
        null)), PlanTerms.NONE, "charges[0].tiers[1].upTo");
    assertField(List.of(Charge.perUnit(Meter.GPU_HOURS, 1), Charge.perUnit(Meter.GPU_HOURS, -1)), PlanTerms.NONE,
        "charges[1].tiers[0].fenPerUnit");
    assertField(List.of(Charge.perUnit(Meter.GPU_HOURS, 1), Charge.perUnit(Meter.GPU_HOURS, 2)), PlanTerms.NONE,
        "charges[1]");
    assertField(List.of(new Charge(Meter.GPU_HOURS, BillingPeriod.DAY, PriceModel.PER_UNIT,
        List.of(Tier.unbounded(1)), null, null)), PlanTerms.NONE, "charges[0].meter");
    assertField(List.of(), PlanTerms.NONE, "charges");
    assertField(List.of(Charge.perUnit(Meter.GPU_HOURS, 1)), new PlanTerms(0, null, new BigDecimal("1.5"), null),
        "publicServiceQuota");
    assertField(List.of(Charge.perUnit(Meter.GPU_HOURS, 1)), new PlanTerms(-1, null, null, null),
        "minimumChargeFen");
    assertThatThrownBy(() -> plans.current(productId)).isInstanceOf(BillingProblem.UnknownPricePlan.class);
  }

  private void assertField(List<Charge> charges, PlanTerms terms, String field) {
    assertThatThrownBy(() -> plans.publish(productId, charges, terms))
        .isInstanceOfSatisfying(BillingProblem.Invalid.class,
            problem -> assertThat(problem.getBody().getProperties()).containsEntry("field", field));
  }

  private Map<String, Object> order(int planVersion) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("orderId", orderId);
    variables.put("consumerId", consumer);
    variables.put("providerId", "provider-1");
    variables.put("productId", productId);
    variables.put("planVersion", planVersion);
    return variables;
  }

  private Map<String, Object> bill(Map<String, Object> variables) {
    WorkResult result = billing.work(new WorkItem("task-" + UUID.randomUUID(), "process-1", "demand-1", "rateAndBill",
        3, variables));
    assertThat(result).isInstanceOf(WorkResult.Completed.class);
    return ((WorkResult.Completed) result).variables();
  }

  @Test
  void anOrderIsRatedByItsPlanVersionWithItsPriceVariablesAndCoupons() {
    int sold = publishDeepPlan().version();
    plans.ensure(productId, Map.of(Meter.GPU_HOURS, 99_999L));
    meter.record(orderId, new UsageReading("alloc-1", Map.of(Meter.GPU_HOURS, new BigDecimal("120"),
        Meter.NETWORK_GB, new BigDecimal("10")), clock.instant()));
    String code = "GPU10-" + UUID.randomUUID().toString().substring(0, 8);
    Instant now = clock.instant();
    coupons.issue(new NewCoupon(code, CouponKind.USAGE_ALLOWANCE, null, null, null, Meter.GPU_HOURS,
        BigDecimal.TEN, now.minusSeconds(1), now.plus(Duration.ofDays(1)), productId, null, null, Stacking.EXCLUSIVE,
        1, 1), "operator-1");
    coupons.claim(code, consumer);
    Map<String, Object> variables = order(sold);
    variables.put("serviceLevel", "GOLD");
    variables.put("units", 2L);
    variables.put("heldFrom", now.minus(Duration.ofMinutes(150)).toString());
    variables.put("heldUntil", now.toString());

    Map<String, Object> out = bill(variables);

    Bill issued = bills.find((String) out.get("billId"));
    // 100 × 2 000 + 20 × 1 800 = 236 000; network 800; 2 units × 2.5 h × 100 = 500; gold +25 % of 237 300 = 59 325;
    // 10 free GPU·h at 236 000 / 120 = 19 666.67 → 19 667.
    assertThat(issued.lines()).extracting(BillLine::kind, BillLine::meter, BillLine::amountFen, BillLine::reference)
        .containsExactly(
            tuple(BillLine.Kind.USAGE, Meter.GPU_HOURS, 200_000L, "≤100"),
            tuple(BillLine.Kind.USAGE, Meter.GPU_HOURS, 36_000L, null),
            tuple(BillLine.Kind.USAGE, Meter.NETWORK_GB, 800L, null),
            tuple(BillLine.Kind.TIME, null, 500L, "HOUR"),
            tuple(BillLine.Kind.SERVICE_LEVEL, null, 59_325L, "GOLD"),
            tuple(BillLine.Kind.DISCOUNT, Meter.GPU_HOURS, -19_667L, code));
    assertThat(issued.totalFen()).isEqualTo(276_958).isEqualTo(out.get("billTotalFen"));
    assertThat(issued.planVersion()).isEqualTo(sold);
    assertThat(coupons.claimsOf(consumer)).singleElement()
        .satisfies(claim -> assertThat(claim.orderId()).isEqualTo(orderId));

    assertThat(bill(variables)).as("idempotent per order").isEqualTo(out);
  }

  @Test
  void twoBillsRacingForOneClaimLeaveItToExactlyOneAndTheOtherIsRatedWithoutIt() throws Exception {
    int sold = plans.ensure(productId, Map.of(Meter.GPU_HOURS, 1_000L)).version();
    String code = "ONCE-" + UUID.randomUUID().toString().substring(0, 8);
    Instant now = clock.instant();
    coupons.issue(new NewCoupon(code, CouponKind.FIXED_AMOUNT, 400L, null, null, null, null, now.minusSeconds(1),
        now.plus(Duration.ofDays(1)), null, null, null, null, 1, 1), "operator-1");
    coupons.claim(code, consumer);
    List<Callable<Map<String, Object>>> orders = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      String racing = "order-" + i + "-" + UUID.randomUUID();
      meter.record(racing, new UsageReading("alloc-" + i, Map.of(Meter.GPU_HOURS, BigDecimal.ONE), now));
      Map<String, Object> variables = order(sold);
      variables.put("orderId", racing);
      orders.add(() -> bill(variables));
    }
    ExecutorService pool = Executors.newFixedThreadPool(orders.size());
    List<Long> totals = new ArrayList<>();
    try {
      for (Future<Map<String, Object>> outcome : pool.invokeAll(orders)) {
        totals.add((Long) outcome.get().get("billTotalFen"));
      }
    } finally {
      pool.shutdown();
    }

    assertThat(totals).containsExactlyInAnyOrder(600L, 1_000L, 1_000L, 1_000L);
    assertThat(coupons.claimsOf(consumer)).singleElement()
        .satisfies(claim -> assertThat(claim.orderId()).startsWith("order-"));
  }

  @Test
  void publicServiceAndReservedOrdersGetTheirPricesAndAMinimumCharge() {
    int sold = publishDeepPlan().version();
    meter.record(orderId, new UsageReading("alloc-1", Map.of(Meter.GPU_HOURS, new BigDecimal("0.5")),
        clock.instant()));
    Map<String, Object> variables = order(sold);
    variables.put("userClass", "PUBLIC_SERVICE");
    variables.put("commitment", "RESERVED");

    Bill issued = bills.find((String) bill(variables).get("billId"));

    // The public-service price (class beats commitment): 0.5 × 1 200 = 600, capped at 1 000/GPU·h → 500;
    // network 0; no time held; minimum 1 000.
    assertThat(issued.lines()).extracting(BillLine::kind, BillLine::unitPriceFen, BillLine::amountFen)
        .containsExactly(
            tuple(BillLine.Kind.USAGE, 1_200L, 600L),
            tuple(BillLine.Kind.USAGE, 80L, 0L),
            tuple(BillLine.Kind.TIME, 100L, 0L),
            tuple(BillLine.Kind.PRICE_CAP, 1_000L, -100L),
            tuple(BillLine.Kind.MINIMUM_CHARGE, 1_000L, 500L));
    assertThat(issued.totalFen()).isEqualTo(1_000);
  }
}
