package io.computility.hub.workers.billing.coupon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.computility.hub.workers.MutableClock;
import io.computility.hub.workers.WorkersTestApplication;
import io.computility.hub.workers.billing.BillLine;
import io.computility.hub.workers.billing.Discounts;
import io.computility.hub.workers.billing.RatedUsage;
import io.computility.hub.workers.billing.UserClass;
import io.computility.hub.workers.metering.Meter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = WorkersTestApplication.class)
class CouponsTest {

  @Autowired Coupons coupons;
  @Autowired Discounts discounts;
  @Autowired MutableClock clock;

  String code;
  String alice;
  String bob;

  @BeforeEach
  void fresh() {
    code = "C-" + UUID.randomUUID().toString().substring(0, 8);
    alice = "alice-" + UUID.randomUUID();
    bob = "bob-" + UUID.randomUUID();
  }

  private NewCoupon fixed(long amount, Integer maxRedemptions, Integer perUserLimit) {
    Instant now = clock.instant();
    return new NewCoupon(code, CouponKind.FIXED_AMOUNT, amount, null, null, null, null, now.minusSeconds(60),
        now.plus(Duration.ofDays(7)), null, null, null, null, maxRedemptions, perUserLimit);
  }

  private static RatedUsage bill(String orderId, String productId, long fen) {
    return new RatedUsage(orderId, productId, 1, List.of(new BillLine(1, BillLine.Kind.USAGE, Meter.GPU_HOURS,
        BigDecimal.ONE, "GPU·h", fen, fen)), fen);
  }

  @Test
  void invalidCouponsAreProblemsNamingTheFieldAndCodesAreUnique() {
    Instant now = clock.instant();
    assertField(new NewCoupon("x", CouponKind.FIXED_AMOUNT, 1L, null, null, null, null, now, now.plusSeconds(1),
        null, null, null, null, null, null), "code");
    assertField(new NewCoupon(code, CouponKind.PERCENTAGE, null, 10_001, null, null, null, now, now.plusSeconds(1),
        null, null, null, null, null, null), "percentBasisPoints");
    assertField(new NewCoupon(code, CouponKind.FIXED_AMOUNT, 100L, 50, null, null, null, now, now.plusSeconds(1),
        null, null, null, null, null, null), "percentBasisPoints");
    assertField(new NewCoupon(code, CouponKind.USAGE_ALLOWANCE, null, null, null, Meter.GPU_HOURS, null, now,
        now.plusSeconds(1), null, null, null, null, null, null), "quantity");
    assertField(new NewCoupon(code, CouponKind.FIXED_AMOUNT, 100L, null, null, null, null, now, now, null, null,
        null, null, null, null), "validUntil");
    assertField(fixed(100, 0, null), "maxRedemptions");

    Coupon issued = coupons.issue(fixed(100, null, null), "operator-1");
    assertThat(issued.stacking()).isEqualTo(Stacking.STACKABLE);
    assertThat(issued.perUserLimit()).isEqualTo(1);
    assertThat(coupons.byCode(code)).isEqualTo(issued);
    assertThatThrownBy(() -> coupons.issue(fixed(200, null, null), "operator-1"))
        .isInstanceOf(CouponProblem.CodeTaken.class);
    assertThat(coupons.byCode(code).amountFen()).isEqualTo(100);
  }

  private void assertField(NewCoupon request, String field) {
    assertThatThrownBy(() -> coupons.issue(request, "operator-1"))
        .isInstanceOfSatisfying(CouponProblem.Invalid.class,
            problem -> assertThat(problem.getBody().getProperties()).containsEntry("field", field));
  }

  @Test
  void perUserLimitsAndTotalRedemptionsHold() {
    coupons.issue(fixed(100, 3, 2), "operator-1");

    coupons.claim(code, alice);
    coupons.claim(code, alice);
    assertThatThrownBy(() -> coupons.claim(code, alice)).isInstanceOf(CouponProblem.PerUserLimitReached.class);
    coupons.claim(code, bob);
    assertThatThrownBy(() -> coupons.claim(code, bob)).isInstanceOf(CouponProblem.Exhausted.class);

    assertThat(coupons.byCode(code).redeemedCount()).isEqualTo(3);
    assertThat(coupons.claimsOf(alice)).hasSize(2).allSatisfy(claim -> {
      assertThat(claim.coupon().code()).isEqualTo(code);
      assertThat(claim.orderId()).isNull();
    });
    assertThat(coupons.claimsOf(bob)).hasSize(1);
  }

  @Test
  void concurrentClaimsOfASingleUseCouponLetExactlyOneWin() throws Exception {
    coupons.issue(fixed(500, 1, null), "operator-1");
    int users = 8;
    CountDownLatch start = new CountDownLatch(1);
    List<Callable<Boolean>> calls = new ArrayList<>();
    for (int i = 0; i < users; i++) {
      String user = "user-" + i + "-" + UUID.randomUUID();
      calls.add(() -> {
        start.await();
        try {
          coupons.claim(code, user);
          return true;
        } catch (CouponProblem.Exhausted lost) {
          return false;
        }
      });
    }
    ExecutorService pool = Executors.newFixedThreadPool(users);
    List<Future<Boolean>> outcomes;
    try {
      outcomes = calls.stream().map(pool::submit).toList();
      start.countDown();
      List<Boolean> won = new ArrayList<>();
      for (Future<Boolean> outcome : outcomes) {
        won.add(outcome.get());
      }
      assertThat(won).containsOnlyOnce(true).hasSize(users);
    } finally {
      pool.shutdown();
    }
    assertThat(coupons.byCode(code).redeemedCount()).isEqualTo(1);
  }

  @Test
  void aClaimIsConsumedByOneOrderOnlyAndAgainByTheSameOrder() throws Exception {
    coupons.issue(fixed(1_000, null, null), "operator-1");
    coupons.claim(code, alice);
    List<Callable<Boolean>> orders = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      String orderId = "order-" + i + "-" + UUID.randomUUID();
      orders.add(() -> {
        Discounts.DiscountedUsage discounted = discounts.discount(alice, "provider-1", null,
            bill(orderId, "gpu-a100", 3_000));
        try {
          discounts.consume(alice, orderId, discounted.redemptionIds());
          return !discounted.redemptionIds().isEmpty();
        } catch (Discounts.RedemptionTaken taken) {
          return false;
        }
      });
    }
    ExecutorService pool = Executors.newFixedThreadPool(orders.size());
    List<Boolean> used = new ArrayList<>();
    try {
      for (Future<Boolean> outcome : pool.invokeAll(orders)) {
        used.add(outcome.get());
      }
    } finally {
      pool.shutdown();
    }
    assertThat(used).containsOnlyOnce(true);
    Redemption consumed = coupons.claimsOf(alice).get(0);
    assertThat(consumed.orderId()).isNotNull();
    assertThat(consumed.consumedAt()).isNotNull();

    // The same order rated again (a retry) still has its discount; another order has none.
    RatedUsage again = discounts.discount(alice, "provider-1", null, bill(consumed.orderId(), "gpu-a100", 3_000))
        .rated();
    assertThat(again.totalFen()).isEqualTo(2_000);
    discounts.consume(alice, consumed.orderId(), List.of(consumed.redemptionId()));
    assertThat(discounts.discount(alice, "provider-1", null, bill("other", "gpu-a100", 3_000)).rated().totalFen())
        .isEqualTo(3_000);
  }

  @Test
  void couponsApplyOnlyWithinTheirScopeAndValidity() {
    Instant now = clock.instant();
    coupons.issue(new NewCoupon(code, CouponKind.PERCENTAGE, null, 2_000, 300L, null, null, now.minusSeconds(1),
        now.plus(Duration.ofHours(1)), "gpu-a100", "provider-1", UserClass.RESEARCH, null, null, null),
        "operator-1");
    coupons.claim(code, alice);

    assertThat(total(alice, "provider-1", UserClass.RESEARCH, "gpu-a100", 1_000)).as("20 %").isEqualTo(800);
    assertThat(total(alice, "provider-1", UserClass.RESEARCH, "gpu-a100", 10_000)).as("capped at 300")
        .isEqualTo(9_700);
    assertThat(total(alice, "provider-2", UserClass.RESEARCH, "gpu-a100", 1_000)).isEqualTo(1_000);
    assertThat(total(alice, "provider-1", UserClass.ENTERPRISE, "gpu-a100", 1_000)).isEqualTo(1_000);
    assertThat(total(alice, "provider-1", null, "gpu-a100", 1_000)).isEqualTo(1_000);
    assertThat(total(alice, "provider-1", UserClass.RESEARCH, "cpu-x86", 1_000)).isEqualTo(1_000);
    assertThat(total(bob, "provider-1", UserClass.RESEARCH, "gpu-a100", 1_000)).as("not bob's").isEqualTo(1_000);

    clock.advance(Duration.ofHours(2));
    assertThat(total(alice, "provider-1", UserClass.RESEARCH, "gpu-a100", 1_000)).as("expired").isEqualTo(1_000);
    assertThatThrownBy(() -> coupons.claim(code, bob)).isInstanceOfSatisfying(CouponProblem.NotClaimable.class,
        problem -> assertThat(problem.getBody().getDetail()).contains("expired"));
  }

  @Test
  void aRevokedCouponIsNeitherClaimedNorApplied() {
    coupons.issue(fixed(100, null, 5), "operator-1");
    coupons.claim(code, alice);

    assertThat(coupons.revoke(code).status()).isEqualTo(Coupon.Status.REVOKED);
    assertThat(coupons.revoke(code).revokedAt()).isNotNull();

    assertThat(total(alice, "provider-1", null, "gpu-a100", 1_000)).isEqualTo(1_000);
    assertThatThrownBy(() -> coupons.claim(code, alice)).isInstanceOf(CouponProblem.NotClaimable.class);
    assertThatThrownBy(() -> coupons.claim("NO-SUCH-" + code, alice))
        .isInstanceOf(CouponProblem.UnknownCoupon.class);
  }

  private long total(String consumer, String providerId, UserClass userClass, String productId, long fen) {
    return discounts.discount(consumer, providerId, userClass, bill("order-" + UUID.randomUUID(), productId, fen))
        .rated().totalFen();
  }
}
