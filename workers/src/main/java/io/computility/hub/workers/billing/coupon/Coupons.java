package io.computility.hub.workers.billing.coupon;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Coupons (O-8.4 b): issued and revoked by operators, claimed by users by their code, and consumed by the bill of
 * one order ({@link CouponDiscounts}).
 *
 * <p>A claim is one use of the coupon. {@code maxRedemptions} bounds the claims of all users together (1: a
 * single-use coupon), {@code perUserLimit} those of one user; both hold under concurrent claims, because a claim
 * first takes one from the coupon's row with a conditional update, which locks the row until the claim commits.
 */
@Service
public class Coupons {

  private static final int MAX_PAGE_SIZE = 200;

  private final CouponMapper coupons;
  private final Clock clock;
  private final TransactionTemplate transactions;

  Coupons(CouponMapper coupons, Clock clock, PlatformTransactionManager transactionManager) {
    this.coupons = coupons;
    this.clock = clock;
    this.transactions = new TransactionTemplate(transactionManager);
  }

  /**
   * Issues a coupon.
   *
   * @param operator who issues it
   * @throws CouponProblem.Invalid naming the field at fault
   * @throws CouponProblem.CodeTaken when a coupon has that code already
   */
  public Coupon issue(NewCoupon request, String operator) {
    request.validate();
    Coupon coupon = new Coupon(UUID.randomUUID().toString(), request.code(), request.kind(), request.amountFen(),
        request.percentBasisPoints(), request.capFen(), request.meter(), request.quantity(),
        request.validFrom().truncatedTo(ChronoUnit.SECONDS), request.validUntil().truncatedTo(ChronoUnit.SECONDS),
        request.productId(), request.providerId(), request.userClass(),
        request.stacking() == null ? Stacking.STACKABLE : request.stacking(), request.maxRedemptions(),
        request.perUserLimit() == null ? 1 : request.perUserLimit(), 0, Coupon.Status.ACTIVE, operator, now(), null);
    try {
      coupons.insert(coupon);
    } catch (DuplicateKeyException taken) {
      throw new CouponProblem.CodeTaken(request.code());
    }
    return coupon;
  }

  /**
   * The coupon of a code.
   *
   * @throws CouponProblem.UnknownCoupon when there is none
   */
  public Coupon byCode(String code) {
    Coupon coupon = code == null ? null : coupons.byCode(code);
    if (coupon == null) {
      throw new CouponProblem.UnknownCoupon(code);
    }
    return coupon;
  }

  /**
   * Every coupon issued, newest first.
   *
   * @param page from 0
   * @param size 1 to 200
   */
  public List<Coupon> list(int page, int size) {
    if (page < 0) {
      throw new CouponProblem.Invalid("page", page);
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new CouponProblem.Invalid("size", size);
    }
    return coupons.list(size, (long) page * size);
  }

  /**
   * Withdraws a coupon: no more claims, and claims not yet used no longer apply. Revoking again changes nothing.
   *
   * @throws CouponProblem.UnknownCoupon when there is none of that code
   */
  public Coupon revoke(String code) {
    Coupon coupon = byCode(code);
    coupons.revoke(coupon.couponId(), now());
    return byCode(code);
  }

  /**
   * The user claims a coupon by its code: one use of it, on a bill issued while the coupon is valid.
   *
   * @throws CouponProblem.Invalid when no code is given
   * @throws CouponProblem.UnknownCoupon when no coupon has that code
   * @throws CouponProblem.NotClaimable when it is revoked, not yet valid or expired
   * @throws CouponProblem.Exhausted when every claim it allows was made
   * @throws CouponProblem.PerUserLimitReached when this user made every claim it allows one user
   */
  public Redemption claim(String code, String consumerId) {
    if (code == null || code.isBlank()) {
      throw new CouponProblem.Invalid("code", code);
    }
    Coupon coupon = byCode(code);
    Instant now = now();
    if (coupon.status() == Coupon.Status.REVOKED) {
      throw new CouponProblem.NotClaimable(code, "revoked");
    }
    if (now.isBefore(coupon.validFrom())) {
      throw new CouponProblem.NotClaimable(code, "not yet valid");
    }
    if (!now.isBefore(coupon.validUntil())) {
      throw new CouponProblem.NotClaimable(code, "expired");
    }
    String redemptionId = UUID.randomUUID().toString();
    transactions.executeWithoutResult(status -> {
      if (coupons.takeClaim(coupon.couponId()) == 0) {
        if (byCode(code).status() == Coupon.Status.REVOKED) {
          throw new CouponProblem.NotClaimable(code, "revoked");
        }
        throw new CouponProblem.Exhausted(code);
      }
      // The coupon's row is locked until this commits: this user's other claims wait, so the count is exact.
      if (coupons.claimsOf(coupon.couponId(), consumerId) >= coupon.perUserLimit()) {
        throw new CouponProblem.PerUserLimitReached(code, coupon.perUserLimit());
      }
      coupons.insertRedemption(redemptionId, coupon.couponId(), consumerId, now);
    });
    return new Redemption(redemptionId, byCode(code), consumerId, now, null, null);
  }

  /** The user's claims, newest first, with their coupons. */
  public List<Redemption> claimsOf(String consumerId) {
    return withCoupons(coupons.ofConsumer(consumerId));
  }

  /** The user's claims not yet used, and those used by this order's bill, oldest first. */
  List<Redemption> usableBy(String consumerId, String orderId) {
    return withCoupons(coupons.usableBy(consumerId, orderId));
  }

  /**
   * Marks the claims used by the order's bill; again for the same order changes nothing.
   *
   * @return the first claim another order's bill used meanwhile, or {@code null} when all are this order's
   */
  String consume(String consumerId, String orderId, List<String> redemptionIds) {
    Instant now = now();
    for (String redemptionId : redemptionIds) {
      if (coupons.consume(redemptionId, consumerId, orderId, now) == 0) {
        return redemptionId;
      }
    }
    return null;
  }

  private List<Redemption> withCoupons(List<RedemptionRow> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<String, Coupon> byId = coupons.byIds(rows.stream().map(RedemptionRow::couponId).distinct().toList())
        .stream().collect(Collectors.toMap(Coupon::couponId, Function.identity()));
    return rows.stream().map(row -> row.with(byId.get(row.couponId()))).toList();
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS);
  }
}
