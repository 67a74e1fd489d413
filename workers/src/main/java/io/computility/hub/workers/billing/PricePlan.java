package io.computility.hub.workers.billing;

import io.computility.hub.workers.metering.Meter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One version of a product's prices: its {@link Charge}s (per unit of usage or time, flat or tiered, per user class
 * and commitment) and its {@link PlanTerms} (service-level multipliers, minimum charge, the public-service quota
 * and price caps). The first plans were flat prices per meter; they are plans whose charges are all
 * {@link Charge#perUnit} and whose terms are {@link PlanTerms#NONE}.
 *
 * @param version 1 for the product's first prices, one more for each change
 * @param charges sorted: usage charges in meter order, then time charges from hour to month
 * @param validFrom when this version was made
 */
public record PricePlan(String productId, int version, List<Charge> charges, PlanTerms terms, Instant validFrom) {

  private static final Comparator<Charge> ORDER = Comparator
      .comparing((Charge charge) -> charge.meter() == null ? Integer.MAX_VALUE : charge.meter().ordinal())
      .thenComparing(charge -> charge.period() == null ? -1 : charge.period().ordinal())
      .thenComparing(charge -> charge.userClass() == null ? -1 : charge.userClass().ordinal())
      .thenComparing(charge -> charge.commitment() == null ? -1 : charge.commitment().ordinal());

  public PricePlan {
    charges = charges.stream().sorted(ORDER).toList();
    terms = terms == null ? PlanTerms.NONE : terms;
  }

  /** A plan of flat prices per meter for everybody, as the first plans were. */
  public PricePlan(String productId, int version, Map<Meter, Long> fenPerUnit, Instant validFrom) {
    this(productId, version, fenPerUnit.entrySet().stream()
        .map(price -> Charge.perUnit(price.getKey(), price.getValue())).toList(), PlanTerms.NONE, validFrom);
  }

  /**
   * The flat price per single unit of each meter that has one for everybody; meters not in it have no such price
   * (none, or one per bundle of units).
   */
  public Map<Meter, Long> fenPerUnit() {
    Map<Meter, Long> prices = new EnumMap<>(Meter.class);
    charges.stream().filter(charge -> charge.isFlatUsage() && BigDecimal.ONE.compareTo(charge.per()) == 0)
        .forEach(charge -> prices.put(charge.meter(), charge.tiers().get(0).fenPerUnit()));
    return Collections.unmodifiableMap(prices);
  }

  /**
   * The charges that apply to an order of {@code userClass} and {@code commitment}: per dimension the most
   * specific one (see {@link Charge}), in the plan's order.
   */
  public List<Charge> chargesFor(UserClass userClass, Commitment commitment) {
    Map<Object, Charge> chosen = new LinkedHashMap<>();
    for (Charge charge : charges) {
      int specificity = charge.specificity(userClass, commitment);
      if (specificity < 0) {
        continue;
      }
      Charge before = chosen.get(charge.dimension());
      if (before == null || before.specificity(userClass, commitment) < specificity) {
        chosen.put(charge.dimension(), charge);
      }
    }
    return List.copyOf(chosen.values());
  }

}
