package io.computility.hub.workers.billing.coupon;

import io.computility.hub.workers.billing.Discounts;
import io.computility.hub.workers.billing.RatedUsage;
import io.computility.hub.workers.billing.UserClass;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Coupons at rating: the consumer's claims whose coupon is valid now and covers the bill's product, provider and
 * user class, applied by the rules of {@link CouponApplication}; the claims used are consumed by the bill.
 */
@Component
class CouponDiscounts implements Discounts {

  private final Coupons coupons;
  private final Clock clock;

  CouponDiscounts(Coupons coupons, Clock clock) {
    this.coupons = coupons;
    this.clock = clock;
  }

  @Override
  public DiscountedUsage discount(String consumerId, String providerId, UserClass userClass, RatedUsage rated) {
    Instant now = clock.instant();
    List<Redemption> claims = coupons.usableBy(consumerId, rated.orderId()).stream()
        .filter(claim -> claim.coupon().validAt(now)
            && claim.coupon().covers(rated.productId(), providerId, userClass))
        .toList();
    CouponApplication.Applied applied = CouponApplication.apply(rated, claims);
    return new DiscountedUsage(applied.rated(), applied.used().stream().map(Redemption::redemptionId).toList());
  }

  @Override
  public void consume(String consumerId, String orderId, List<String> redemptionIds) {
    String taken = coupons.consume(consumerId, orderId, redemptionIds);
    if (taken != null) {
      throw new RedemptionTaken(taken);
    }
  }
}
