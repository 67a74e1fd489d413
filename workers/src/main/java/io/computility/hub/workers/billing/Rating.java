package io.computility.hub.workers.billing;

import io.computility.hub.workers.metering.Meter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Prices an order's usage with a plan version.
 *
 * <p>The rule: one {@link BillLine.Kind#USAGE} line per meter the plan prices, in meter order, even when nothing
 * was used (the bill shows every price that applied); its amount is quantity × unit price, rounded half-up to the
 * fen — once, per line. The total is the sum of the lines, so it always equals what the lines show. Usage of meters
 * the plan does not price is not charged.
 *
 * <p>Pricing depth (tiers, multipliers, coupons, minimum charges) is meant to come as further steps after the
 * usage lines, each adding lines of its own kind, so the usage lines and their rounding stay as they are.
 */
@Service
public class Rating {

  /** The bill lines and total of {@code totals} (usage per meter) under {@code plan}. */
  public RatedUsage rate(String orderId, PricePlan plan, Map<Meter, BigDecimal> totals) {
    List<BillLine> lines = new ArrayList<>();
    long total = 0;
    for (Map.Entry<Meter, Long> price : plan.fenPerUnit().entrySet()) {
      Meter meter = price.getKey();
      BigDecimal quantity = totals.getOrDefault(meter, BigDecimal.ZERO);
      long amount = quantity.multiply(BigDecimal.valueOf(price.getValue()))
          .setScale(0, RoundingMode.HALF_UP).longValueExact();
      lines.add(new BillLine(lines.size() + 1, BillLine.Kind.USAGE, meter, quantity, meter.unit(), price.getValue(),
          amount));
      total = Math.addExact(total, amount);
    }
    return new RatedUsage(orderId, plan.productId(), plan.version(), lines, total);
  }
}
