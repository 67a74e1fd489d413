package io.computility.hub.workers.billing;

import io.computility.hub.workers.metering.Meter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Prices an order's usage (and time) with a plan version.
 *
 * <p>The lines, in this order:
 * <ol>
 *   <li>{@link BillLine.Kind#USAGE} per charged meter, in meter order, even when nothing was used (the bill shows
 *       every price that applied); a graduated charge has one line per tier reached (its first tier always), a
 *       volume charge one line at the price of the tier the whole quantity falls in. Tier bounds are inclusive.</li>
 *   <li>{@link BillLine.Kind#TIME} per time charge: units × time held, prorated as {@link BillingPeriod} says.</li>
 *   <li>{@link BillLine.Kind#PRICE_CAP} for a public-service user, per capped meter whose usage lines charge more
 *       than quantity × cap: the excess, taken off. The cap bounds the list price; a service level is bought on
 *       top of it.</li>
 *   <li>{@link BillLine.Kind#SERVICE_LEVEL}: the lines above × (multiplier − 1), when the level's multiplier is not
 *       1.</li>
 *   <li>{@link BillLine.Kind#MINIMUM_CHARGE}: what lifts the total so far to the plan's minimum charge.</li>
 * </ol>
 * Coupons come after rating ({@link Discounts}) as {@link BillLine.Kind#DISCOUNT} lines.
 *
 * <p>The rounding rule: every line is rounded once, half-up (half away from zero) to the fen; adjustments are
 * computed on the rounded lines before them; the total is the sum of the lines, so it always equals what the lines
 * show. A charge priced per bundle of meter units ({@link Charge#per}) counts its quantity in bundles, to six
 * decimals, half-up. Usage of meters the plan does not charge is not charged. A flat plan without terms rates exactly as the
 * first plans did: one quantity × unit price line per meter.
 */
@Service
public class Rating {

  /** The bill lines and total of {@code totals} (usage per meter) under {@code plan}, for an order known only so. */
  public RatedUsage rate(String orderId, PricePlan plan, Map<Meter, BigDecimal> totals) {
    return rate(orderId, plan, totals, RatingContext.NONE);
  }

  /** The bill lines and total of {@code totals} (usage per meter) and {@code order} under {@code plan}. */
  public RatedUsage rate(String orderId, PricePlan plan, Map<Meter, BigDecimal> totals, RatingContext order) {
    Lines lines = new Lines();
    for (Charge charge : plan.chargesFor(order.userClass(), order.commitment())) {
      BigDecimal quantity = charge.meter() != null ? totals.getOrDefault(charge.meter(), BigDecimal.ZERO)
          : order.timeQuantity(charge.period());
      price(charge, quantity, lines);
    }
    if (order.userClass() == UserClass.PUBLIC_SERVICE) {
      plan.terms().publicServiceCaps().forEach((meter, cap) -> capped(meter, cap,
          totals.getOrDefault(meter, BigDecimal.ZERO), lines));
    }
    BigDecimal multiplier = plan.terms().multiplier(order.serviceLevel());
    if (multiplier.compareTo(BigDecimal.ONE) != 0) {
      long base = lines.total();
      lines.add(BillLine.Kind.SERVICE_LEVEL, null, multiplier, "×", base,
          round(BigDecimal.valueOf(base).multiply(multiplier.subtract(BigDecimal.ONE))),
          order.serviceLevel().name());
    }
    long minimum = plan.terms().minimumChargeFen();
    if (lines.total() < minimum) {
      lines.add(BillLine.Kind.MINIMUM_CHARGE, null, BigDecimal.ONE, "", minimum, minimum - lines.total(), null);
    }
    return new RatedUsage(orderId, plan.productId(), plan.version(), lines.list, lines.total());
  }

  private static void price(Charge charge, BigDecimal used, Lines lines) {
    BigDecimal quantity = charge.priced(used);
    BillLine.Kind kind = charge.meter() != null ? BillLine.Kind.USAGE : BillLine.Kind.TIME;
    String period = charge.period() == null ? null : charge.period().name();
    List<Tier> tiers = charge.tiers();
    switch (charge.model()) {
      case PER_UNIT -> lines.add(kind, charge.meter(), quantity, charge.unit(), tiers.get(0).fenPerUnit(),
          round(quantity.multiply(BigDecimal.valueOf(tiers.get(0).fenPerUnit()))), period);
      case VOLUME -> {
        Tier tier = tiers.stream().filter(t -> t.upTo() == null || quantity.compareTo(t.upTo()) <= 0).findFirst()
            .orElseThrow();
        lines.add(kind, charge.meter(), quantity, charge.unit(), tier.fenPerUnit(),
            round(quantity.multiply(BigDecimal.valueOf(tier.fenPerUnit()))), reference(period, tier));
      }
      case GRADUATED -> {
        BigDecimal below = BigDecimal.ZERO;
        for (Tier tier : tiers) {
          BigDecimal top = tier.upTo() == null ? quantity : quantity.min(tier.upTo());
          BigDecimal portion = top.subtract(below).max(BigDecimal.ZERO);
          lines.add(kind, charge.meter(), portion, charge.unit(), tier.fenPerUnit(),
              round(portion.multiply(BigDecimal.valueOf(tier.fenPerUnit()))), reference(period, tier));
          if (tier.upTo() == null || quantity.compareTo(tier.upTo()) <= 0) {
            break;
          }
          below = tier.upTo();
        }
      }
    }
  }

  /** The tier's bound ("≤100"), after the period for time charges. */
  private static String reference(String period, Tier tier) {
    String bound = tier.upTo() == null ? null : "≤" + tier.upTo().stripTrailingZeros().toPlainString();
    if (period == null) {
      return bound;
    }
    return bound == null ? period : period + " " + bound;
  }

  private static void capped(Meter meter, long cap, BigDecimal quantity, Lines lines) {
    long charged = lines.list.stream()
        .filter(line -> line.kind() == BillLine.Kind.USAGE && line.meter() == meter)
        .mapToLong(BillLine::amountFen).sum();
    long most = round(quantity.multiply(BigDecimal.valueOf(cap)));
    if (charged > most) {
      lines.add(BillLine.Kind.PRICE_CAP, meter, quantity, meter.unit(), cap, most - charged, null);
    }
  }

  private static long round(BigDecimal fen) {
    return fen.setScale(0, RoundingMode.HALF_UP).longValueExact();
  }

  /** The lines so far, numbered from 1. */
  private static final class Lines {
    private final List<BillLine> list = new ArrayList<>();
    private long total;

    void add(BillLine.Kind kind, Meter meter, BigDecimal quantity, String unit, long unitPriceFen, long amountFen,
        String reference) {
      list.add(new BillLine(list.size() + 1, kind, meter, quantity, unit, unitPriceFen, amountFen, reference));
      total = Math.addExact(total, amountFen);
    }

    long total() {
      return total;
    }
  }
}
