package io.computility.hub.workers.billing.coupon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.computility.hub.workers.billing.BillLine;
import io.computility.hub.workers.billing.RatedUsage;
import io.computility.hub.workers.metering.Meter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stacking, order of application, caps and rounding of coupons on a rated bill. */
class CouponApplicationTest {

  private static final Instant T0 = Instant.parse("2026-11-28T00:00:00Z");

  /** 150 GPU·h: 100 at 20.00 and 50 at 18.00 (graduated) = 290 000 fen; 2 GB at 0.80 = 160 fen. */
  private static final RatedUsage BILL = new RatedUsage("order-1", "gpu-h100", 4, List.of(
      new BillLine(1, BillLine.Kind.USAGE, Meter.GPU_HOURS, new BigDecimal("100"), "GPU·h", 2_000, 200_000, "≤100"),
      new BillLine(2, BillLine.Kind.USAGE, Meter.GPU_HOURS, new BigDecimal("50"), "GPU·h", 1_800, 90_000),
      new BillLine(3, BillLine.Kind.USAGE, Meter.NETWORK_GB, new BigDecimal("2"), "GB", 80, 160)), 290_160);

  private int claims;

  private Redemption claim(String code, CouponKind kind, Stacking stacking, Long amount, Integer basisPoints,
      Long cap, Meter meter, String quantity) {
    claims++;
    Coupon coupon = new Coupon("c-" + code, code, kind, amount, basisPoints, cap, meter,
        quantity == null ? null : new BigDecimal(quantity), T0, T0.plusSeconds(86_400), null, null, null, stacking,
        null, 1, 1, Coupon.Status.ACTIVE, "operator", T0, null);
    return new Redemption("r-" + code, coupon, "alice", T0.plusSeconds(claims), null, null);
  }

  private Redemption fixed(String code, Stacking stacking, long amount) {
    return claim(code, CouponKind.FIXED_AMOUNT, stacking, amount, null, null, null, null);
  }

  private Redemption percent(String code, Stacking stacking, int basisPoints, Long cap) {
    return claim(code, CouponKind.PERCENTAGE, stacking, null, basisPoints, cap, null, null);
  }

  private Redemption gpuHoursFree(String code, Stacking stacking, String quantity) {
    return claim(code, CouponKind.USAGE_ALLOWANCE, stacking, null, null, null, Meter.GPU_HOURS, quantity);
  }

  private static List<BillLine> discounts(CouponApplication.Applied applied) {
    return applied.rated().lines().stream().filter(line -> line.kind() == BillLine.Kind.DISCOUNT).toList();
  }

  @Test
  void stackableCouponsApplyAllowanceThenPercentageThenFixedEachOnWhatIsLeft() {
    Redemption fixed = fixed("FIX50", Stacking.STACKABLE, 5_000);
    Redemption percent = percent("TEN", Stacking.STACKABLE, 1_000, null);
    Redemption free = gpuHoursFree("GPU100", Stacking.STACKABLE, "100");

    CouponApplication.Applied applied = CouponApplication.apply(BILL, List.of(fixed, percent, free));

    // 100 free of 150 GPU·h charged 290 000 → 193 333.33 → 193 333; left 96 827.
    // 10 % of 96 827 = 9 682.7 → 9 683; left 87 144. Then 5 000 off: 82 144.
    assertThat(discounts(applied)).extracting(BillLine::lineNo, BillLine::meter, BillLine::quantity,
        BillLine::unit, BillLine::unitPriceFen, BillLine::amountFen, BillLine::reference).containsExactly(
            tuple(4, Meter.GPU_HOURS, new BigDecimal("100"), "GPU·h", 290_160L, -193_333L, "GPU100"),
            tuple(5, null, new BigDecimal("10.00"), "%", 96_827L, -9_683L, "TEN"),
            tuple(6, null, BigDecimal.ONE, "", 87_144L, -5_000L, "FIX50"));
    assertThat(applied.rated().totalFen()).isEqualTo(82_144);
    assertThat(applied.used()).containsExactly(free, percent, fixed);
  }

  @Test
  void aPercentageIsCappedAndRoundedHalfUpAtTheFen() {
    RatedUsage small = new RatedUsage("o", "p", 1, List.of(
        new BillLine(1, BillLine.Kind.USAGE, Meter.NETWORK_GB, new BigDecimal("1.5"), "GB", 3, 5)), 5);

    // 10 % of 5 = 0.5 → 1
    assertThat(CouponApplication.apply(small, List.of(percent("TEN", Stacking.STACKABLE, 1_000, null)))
        .rated().totalFen()).isEqualTo(4);
    // 9 % of 5 = 0.45 → 0: takes nothing, so the claim is not used.
    CouponApplication.Applied nothing = CouponApplication.apply(small,
        List.of(percent("NINE", Stacking.STACKABLE, 900, null)));
    assertThat(nothing.used()).isEmpty();
    assertThat(nothing.rated()).isEqualTo(small);
    // 50 % of 290 160 = 145 080, capped at 20 000.
    assertThat(discounts(CouponApplication.apply(BILL, List.of(percent("HALF", Stacking.STACKABLE, 5_000,
        20_000L))))).extracting(BillLine::amountFen).containsExactly(-20_000L);
  }

  @Test
  void aBillIsNeverNegative() {
    Redemption big = fixed("BIG", Stacking.STACKABLE, 300_000);
    Redemption more = fixed("MORE", Stacking.STACKABLE, 1_000);

    CouponApplication.Applied applied = CouponApplication.apply(BILL, List.of(big, more));

    assertThat(discounts(applied)).extracting(BillLine::amountFen).containsExactly(-290_160L);
    assertThat(applied.rated().totalFen()).isZero();
    assertThat(applied.used()).as("nothing was left for the second").containsExactly(big);
  }

  @Test
  void anExclusiveCouponIsUsedAloneWhenItTakesMoreThanTheStack() {
    Redemption fixed = fixed("FIX50", Stacking.STACKABLE, 5_000);
    Redemption percent = percent("TEN", Stacking.STACKABLE, 1_000, null);
    Redemption exclusiveSmall = fixed("SOLO10K", Stacking.EXCLUSIVE, 10_000);
    Redemption exclusiveBig = percent("SOLO30", Stacking.EXCLUSIVE, 3_000, null);

    // Stack: 29 016 + 5 000 = 34 016 off; SOLO10K 10 000; SOLO30 87 048 → SOLO30 alone.
    CouponApplication.Applied applied = CouponApplication.apply(BILL,
        List.of(fixed, percent, exclusiveSmall, exclusiveBig));
    assertThat(applied.used()).containsExactly(exclusiveBig);
    assertThat(discounts(applied)).extracting(BillLine::amountFen, BillLine::reference)
        .containsExactly(tuple(-87_048L, "SOLO30"));

    // Without the big one the stack wins over SOLO10K.
    CouponApplication.Applied stacked = CouponApplication.apply(BILL, List.of(exclusiveSmall, fixed, percent));
    assertThat(stacked.used()).containsExactly(percent, fixed);
    assertThat(stacked.rated().totalFen()).isEqualTo(290_160 - 29_016 - 5_000);
  }

  @Test
  void anAllowanceCoversAtMostTheUnitsUsedAndNothingOfOtherMeters() {
    CouponApplication.Applied applied = CouponApplication.apply(BILL,
        List.of(gpuHoursFree("GPU500", Stacking.STACKABLE, "500")));

    assertThat(discounts(applied)).extracting(BillLine::quantity, BillLine::amountFen)
        .containsExactly(tuple(new BigDecimal("150"), -290_000L));
    assertThat(applied.rated().totalFen()).as("the network is still charged").isEqualTo(160);
  }
}
