package io.computility.hub.workers.billing.coupon;

import io.computility.hub.workers.billing.BillLine;
import io.computility.hub.workers.billing.RatedUsage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How coupons reduce a rated bill: the stacking rules and the order of application.
 *
 * <ul>
 *   <li>Stacking: the stackable coupons are applied together; an exclusive coupon is applied alone. Of these
 *       choices (all stackable ones, or each exclusive one on its own) the bill takes the one that takes the most
 *       off; on a tie, the stackable ones, then the exclusive claimed first.</li>
 *   <li>Order within the stack: usage allowances first (units free at the price the bill charges for them), then
 *       percentages, then fixed amounts; among the same kind, the claim made first. Each one is computed on the
 *       total left by those before it.</li>
 *   <li>Rounding: each discount is rounded once, half-up to the fen, on the rounded lines before it; it is at
 *       most the total left, so a bill is never negative. A coupon that would take nothing off is not used (its
 *       claim stays for another bill).</li>
 * </ul>
 * Every coupon used is a {@link BillLine.Kind#DISCOUNT} line naming the coupon's code.
 */
final class CouponApplication {

  private static final Comparator<Redemption> STACK_ORDER = Comparator
      .comparing((Redemption claim) -> switch (claim.coupon().kind()) {
        case USAGE_ALLOWANCE -> 0;
        case PERCENTAGE -> 1;
        case FIXED_AMOUNT -> 2;
      })
      .thenComparing(Redemption::claimedAt).thenComparing(Redemption::redemptionId);

  private CouponApplication() {
  }

  /** {@code rated} with the best choice of {@code claims} applied, and the claims it used. */
  static Applied apply(RatedUsage rated, List<Redemption> claims) {
    List<Redemption> stackable = claims.stream().filter(claim -> claim.coupon().stacking() == Stacking.STACKABLE)
        .sorted(STACK_ORDER).toList();
    Applied best = applyInOrder(rated, stackable);
    List<Redemption> exclusive = claims.stream().filter(claim -> claim.coupon().stacking() == Stacking.EXCLUSIVE)
        .sorted(Comparator.comparing(Redemption::claimedAt).thenComparing(Redemption::redemptionId)).toList();
    for (Redemption claim : exclusive) {
      Applied alone = applyInOrder(rated, List.of(claim));
      if (alone.rated().totalFen() < best.rated().totalFen()) {
        best = alone;
      }
    }
    return best;
  }

  private static Applied applyInOrder(RatedUsage rated, List<Redemption> claims) {
    List<BillLine> lines = new ArrayList<>(rated.lines());
    List<Redemption> used = new ArrayList<>();
    long left = rated.totalFen();
    for (Redemption claim : claims) {
      Coupon coupon = claim.coupon();
      Discount discount = discount(coupon, rated, left);
      long off = Math.min(discount.fen(), Math.max(left, 0));
      if (off <= 0) {
        continue;
      }
      lines.add(new BillLine(lines.size() + 1, BillLine.Kind.DISCOUNT, coupon.meter(), discount.quantity(),
          discount.unit(), left, -off, coupon.code()));
      left -= off;
      used.add(claim);
    }
    return new Applied(new RatedUsage(rated.orderId(), rated.productId(), rated.planVersion(), lines, left), used);
  }

  private static Discount discount(Coupon coupon, RatedUsage rated, long left) {
    return switch (coupon.kind()) {
      case FIXED_AMOUNT -> new Discount(coupon.amountFen(), BigDecimal.ONE, "");
      case PERCENTAGE -> {
        long off = round(BigDecimal.valueOf(left).multiply(BigDecimal.valueOf(coupon.percentBasisPoints()))
            .divide(BigDecimal.valueOf(10_000)));
        yield new Discount(coupon.capFen() == null ? off : Math.min(off, coupon.capFen()),
            BigDecimal.valueOf(coupon.percentBasisPoints()).movePointLeft(2), "%");
      }
      case USAGE_ALLOWANCE -> allowance(coupon, rated);
    };
  }

  /** The meter's units, up to the allowance, at the average price its lines (after any price cap) charge. */
  private static Discount allowance(Coupon coupon, RatedUsage rated) {
    BigDecimal used = BigDecimal.ZERO;
    long charged = 0;
    for (BillLine line : rated.lines()) {
      if (line.meter() != coupon.meter()) {
        continue;
      }
      if (line.kind() == BillLine.Kind.USAGE) {
        used = used.add(line.quantity());
        charged += line.amountFen();
      } else if (line.kind() == BillLine.Kind.PRICE_CAP) {
        charged += line.amountFen();
      }
    }
    BigDecimal free = used.min(coupon.quantity());
    long off = used.signum() == 0 ? 0 : BigDecimal.valueOf(charged).multiply(free)
        .divide(used, 0, RoundingMode.HALF_UP).longValueExact();
    return new Discount(off, free, coupon.meter().unit());
  }

  private static long round(BigDecimal fen) {
    return fen.setScale(0, RoundingMode.HALF_UP).longValueExact();
  }

  /** What one coupon takes off before the bill's floor, and what its line shows as quantity and unit. */
  private record Discount(long fen, BigDecimal quantity, String unit) {
  }

  /** A bill after coupons, and the claims it used. */
  record Applied(RatedUsage rated, List<Redemption> used) {
  }
}
