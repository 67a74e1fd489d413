package io.computility.hub.workers.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.computility.hub.workers.metering.Meter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rating of plans beyond flat prices: time, tiers, price lists, multipliers, caps and minimum charges. */
class RatingDepthTest {

  private static final Instant MADE = Instant.parse("2026-11-28T00:00:00Z");

  private final Rating rating = new Rating();

  private static PricePlan plan(PlanTerms terms, Charge... charges) {
    return new PricePlan("gpu-h100", 7, List.of(charges), terms, MADE);
  }

  private static RatingContext held(Duration duration, int units) {
    return new RatingContext(null, null, null, units, duration);
  }

  private static Map<Meter, BigDecimal> gpuHours(String quantity) {
    return Map.of(Meter.GPU_HOURS, new BigDecimal(quantity));
  }

  private static final List<Tier> TIERS = List.of(new Tier(new BigDecimal("100"), 2_000),
      new Tier(new BigDecimal("1000"), 1_800), Tier.unbounded(1_500));

  @Test
  void timeIsChargedProRataToTheSecondWithAThirtyDayMonth() {
    PricePlan plan = plan(PlanTerms.NONE, Charge.perTime(BillingPeriod.HOUR, 1_000),
        Charge.perTime(BillingPeriod.DAY, 20_000), Charge.perTime(BillingPeriod.MONTH, 500_000));

    // 2 units × 90 min = 3 h = 0.125 d = 0.004167 month (3 / 720 = 0.0041666… → six decimals half-up).
    RatedUsage rated = rating.rate("o1", plan, Map.of(), held(Duration.ofMinutes(90), 2));

    assertThat(rated.lines()).extracting(BillLine::kind, BillLine::quantity, BillLine::unit, BillLine::amountFen,
        BillLine::reference).containsExactly(
            tuple(BillLine.Kind.TIME, new BigDecimal("3.000000"), "h", 3_000L, "HOUR"),
            tuple(BillLine.Kind.TIME, new BigDecimal("0.125000"), "d", 2_500L, "DAY"),
            // 0.004167 × 500 000 = 2 083.5 fen → half-up 2 084
            tuple(BillLine.Kind.TIME, new BigDecimal("0.004167"), "month", 2_084L, "MONTH"));
    assertThat(rated.totalFen()).isEqualTo(7_584);
    assertThat(rating.rate("o1", plan, Map.of()).totalFen()).as("no time held, no time charged").isZero();
  }

  @Test
  void graduatedTiersPriceEachPortionAndTheBoundBelongsToTheLowerTier() {
    PricePlan plan = plan(PlanTerms.NONE, new Charge(Meter.GPU_HOURS, null, PriceModel.GRADUATED, TIERS, null, null));

    assertThat(rating.rate("o", plan, gpuHours("100")).lines())
        .extracting(BillLine::quantity, BillLine::unitPriceFen, BillLine::amountFen, BillLine::reference)
        .containsExactly(tuple(new BigDecimal("100"), 2_000L, 200_000L, "≤100"));
    assertThat(rating.rate("o", plan, gpuHours("100.000001")).lines())
        .extracting(BillLine::quantity, BillLine::unitPriceFen, BillLine::amountFen)
        .containsExactly(tuple(new BigDecimal("100"), 2_000L, 200_000L),
            // 0.000001 × 1 800 = 0.0018 fen → 0
            tuple(new BigDecimal("0.000001"), 1_800L, 0L));
    RatedUsage big = rating.rate("o", plan, gpuHours("1200.5"));
    assertThat(big.lines()).extracting(BillLine::quantity, BillLine::amountFen, BillLine::reference).containsExactly(
        tuple(new BigDecimal("100"), 200_000L, "≤100"),
        tuple(new BigDecimal("900"), 1_620_000L, "≤1000"),
        tuple(new BigDecimal("200.5"), 300_750L, null));
    assertThat(big.totalFen()).isEqualTo(2_120_750);
    assertThat(rating.rate("o", plan, Map.of()).lines()).as("nothing used: the first tier's price still shows")
        .extracting(BillLine::unitPriceFen, BillLine::amountFen).containsExactly(tuple(2_000L, 0L));
  }

  @Test
  void volumeTiersPriceEveryUnitAtTheTierTheQuantityFallsIn() {
    PricePlan plan = plan(PlanTerms.NONE, new Charge(Meter.GPU_HOURS, null, PriceModel.VOLUME, TIERS, null, null));

    assertThat(rating.rate("o", plan, gpuHours("100")).totalFen()).isEqualTo(200_000);
    assertThat(rating.rate("o", plan, gpuHours("100.5")).lines())
        .extracting(BillLine::quantity, BillLine::unitPriceFen, BillLine::amountFen, BillLine::reference)
        .containsExactly(tuple(new BigDecimal("100.5"), 1_800L, 180_900L, "≤1000"));
    assertThat(rating.rate("o", plan, gpuHours("1000.000001")).lines())
        // 1 000.000001 × 1 500 = 1 500 000.0015 → 1 500 000
        .extracting(BillLine::unitPriceFen, BillLine::amountFen).containsExactly(tuple(1_500L, 1_500_000L));
  }

  @Test
  void theMostSpecificPriceOfAUserClassAndCommitmentApplies() {
    PricePlan plan = plan(PlanTerms.NONE,
        Charge.perUnit(Meter.GPU_HOURS, 2_000),
        Charge.perUnit(Meter.GPU_HOURS, 1_500).forCommitment(Commitment.RESERVED),
        Charge.perUnit(Meter.GPU_HOURS, 1_600).forClass(UserClass.RESEARCH),
        Charge.perUnit(Meter.GPU_HOURS, 1_200).forClass(UserClass.RESEARCH).forCommitment(Commitment.RESERVED),
        Charge.perUnit(Meter.NETWORK_GB, 80));
    Map<Meter, BigDecimal> usage = Map.of(Meter.GPU_HOURS, BigDecimal.TEN, Meter.NETWORK_GB, BigDecimal.ONE);

    assertThat(unitPrices(plan, usage, null, null)).containsExactly(2_000L, 80L);
    assertThat(unitPrices(plan, usage, UserClass.ENTERPRISE, Commitment.ON_DEMAND)).containsExactly(2_000L, 80L);
    assertThat(unitPrices(plan, usage, UserClass.ENTERPRISE, Commitment.RESERVED)).containsExactly(1_500L, 80L);
    assertThat(unitPrices(plan, usage, UserClass.RESEARCH, Commitment.ON_DEMAND)).containsExactly(1_600L, 80L);
    assertThat(unitPrices(plan, usage, UserClass.RESEARCH, Commitment.RESERVED)).containsExactly(1_200L, 80L);
  }

  private List<Long> unitPrices(PricePlan plan, Map<Meter, BigDecimal> usage, UserClass userClass,
      Commitment commitment) {
    return rating.rate("o", plan, usage, new RatingContext(userClass, commitment, null, 1, null)).lines().stream()
        .map(BillLine::unitPriceFen).toList();
  }

  @Test
  void serviceLevelMultipliersAreALineOnTheRoundedLinesRoundedHalfUp() {
    PlanTerms terms = new PlanTerms(0, Map.of(ServiceLevel.GOLD, new BigDecimal("1.5"),
        ServiceLevel.BRONZE, new BigDecimal("0.85")), null, null);
    PricePlan plan = plan(terms, Charge.perUnit(Meter.GPU_HOURS, 333));

    RatedUsage gold = rating.rate("o", plan, gpuHours("1"), new RatingContext(null, null, ServiceLevel.GOLD, 1, null));
    // 333 × 0.5 = 166.5 → 167
    assertThat(gold.lines()).extracting(BillLine::kind, BillLine::quantity, BillLine::unitPriceFen,
        BillLine::amountFen, BillLine::reference).containsExactly(
            tuple(BillLine.Kind.USAGE, BigDecimal.ONE, 333L, 333L, null),
            tuple(BillLine.Kind.SERVICE_LEVEL, new BigDecimal("1.5"), 333L, 167L, "GOLD"));
    assertThat(gold.totalFen()).isEqualTo(500);

    RatedUsage bronze = rating.rate("o", plan, gpuHours("10"),
        new RatingContext(null, null, ServiceLevel.BRONZE, 1, null));
    // 3 330 × −0.15 = −499.5 → half away from zero: −500
    assertThat(bronze.lines().get(1).amountFen()).isEqualTo(-500);
    assertThat(bronze.totalFen()).isEqualTo(2_830);

    RatedUsage silver = rating.rate("o", plan, gpuHours("10"),
        new RatingContext(null, null, ServiceLevel.SILVER, 1, null));
    assertThat(silver.lines()).as("a level without multiplier is charged at 1: no line").hasSize(1);
  }

  @Test
  void publicServiceUsersPayAtMostTheCapPerUnit() {
    PlanTerms terms = new PlanTerms(0, Map.of(ServiceLevel.GOLD, new BigDecimal("1.2")), new BigDecimal("0.2"),
        Map.of(Meter.GPU_HOURS, 1_000L));
    PricePlan plan = plan(terms, new Charge(Meter.GPU_HOURS, null, PriceModel.GRADUATED, TIERS, null, null),
        Charge.perUnit(Meter.NETWORK_GB, 80));
    Map<Meter, BigDecimal> usage = Map.of(Meter.GPU_HOURS, new BigDecimal("150.25"), Meter.NETWORK_GB,
        BigDecimal.ONE);

    RatedUsage enterprise = rating.rate("o", plan, usage, new RatingContext(UserClass.ENTERPRISE, null, null, 1,
        null));
    RatedUsage publicService = rating.rate("o", plan, usage, new RatingContext(UserClass.PUBLIC_SERVICE, null,
        ServiceLevel.GOLD, 1, null));

    // 100 × 2 000 + 50.25 × 1 800 = 290 450 fen; network 80.
    assertThat(enterprise.totalFen()).isEqualTo(290_530);
    // Capped at 150.25 × 1 000 = 150 250: 140 200 taken off; then gold × 1.2 on 150 330 = +30 066.
    assertThat(publicService.lines()).extracting(BillLine::kind, BillLine::meter, BillLine::unitPriceFen,
        BillLine::amountFen).containsExactly(
            tuple(BillLine.Kind.USAGE, Meter.GPU_HOURS, 2_000L, 200_000L),
            tuple(BillLine.Kind.USAGE, Meter.GPU_HOURS, 1_800L, 90_450L),
            tuple(BillLine.Kind.USAGE, Meter.NETWORK_GB, 80L, 80L),
            tuple(BillLine.Kind.PRICE_CAP, Meter.GPU_HOURS, 1_000L, -140_200L),
            tuple(BillLine.Kind.SERVICE_LEVEL, null, 150_330L, 30_066L));
    assertThat(publicService.totalFen()).isEqualTo(180_396);
    assertThat(plan.terms().publicServiceQuota()).isEqualByComparingTo("0.2");
  }

  @Test
  void aMinimumChargeLiftsTheTotalAndNothingAboveIt() {
    PricePlan plan = plan(new PlanTerms(5_000, null, null, null), Charge.perUnit(Meter.GPU_HOURS, 2_000));

    RatedUsage small = rating.rate("o", plan, gpuHours("1.2"));
    assertThat(small.lines()).extracting(BillLine::kind, BillLine::unitPriceFen, BillLine::amountFen)
        .containsExactly(tuple(BillLine.Kind.USAGE, 2_000L, 2_400L),
            tuple(BillLine.Kind.MINIMUM_CHARGE, 5_000L, 2_600L));
    assertThat(small.totalFen()).isEqualTo(5_000);
    assertThat(rating.rate("o", plan, gpuHours("2.5")).lines()).hasSize(1);
    assertThat(rating.rate("o", plan, gpuHours("2.5")).totalFen()).isEqualTo(5_000);
    assertThat(rating.rate("o", plan, gpuHours("2.500001")).totalFen()).as("5 000.002 → 5 000, no minimum line")
        .isEqualTo(5_000);
  }

  @Test
  void aFlatPlanRatesAsTheFirstPlansDid() {
    PricePlan flat = new PricePlan("gpu-a100", 3, Map.of(Meter.GPU_HOURS, 1_999L, Meter.NETWORK_GB, 80L), MADE);
    RatedUsage withContext = rating.rate("o", flat, gpuHours("1.234567"),
        new RatingContext(UserClass.RESEARCH, Commitment.RESERVED, ServiceLevel.GOLD, 4, Duration.ofHours(3)));

    assertThat(withContext).isEqualTo(rating.rate("o", flat, gpuHours("1.234567")));
    assertThat(withContext.lines()).extracting(BillLine::kind, BillLine::amountFen)
        .containsExactly(tuple(BillLine.Kind.USAGE, 2_468L), tuple(BillLine.Kind.USAGE, 0L));
  }
}
