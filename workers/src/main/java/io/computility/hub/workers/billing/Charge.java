package io.computility.hub.workers.billing;

import io.computility.hub.workers.metering.Meter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * One priced dimension of a plan: usage of a meter, or time in a {@link BillingPeriod}; with its price model and
 * tiers, and the user class and commitment it is the price for.
 *
 * <p>Which charge applies to an order: per dimension, the most specific one — user class and commitment both
 * matching, then user class only, then commitment only, then the charge for everybody ({@code null} both).
 *
 * @param meter the meter priced; {@code null} for a time charge
 * @param period the unit of time priced; {@code null} for a usage charge
 * @param tiers ascending by bound, the last without bound; {@link PriceModel#PER_UNIT} has exactly one
 * @param userClass the user class this price is for; {@code null} for everybody
 * @param commitment reserved or on-demand; {@code null} for both
 * @param per how many units of the meter one price (and one tier step) is for: 1 usually; a product sold by the
 *     unit-hour of an instance with 56 core-equivalents is priced per 56 core·h, so its price stays the listed
 *     whole fen and nothing is lost to rounding a price per core·h
 */
public record Charge(Meter meter, BillingPeriod period, PriceModel model, List<Tier> tiers, UserClass userClass,
    Commitment commitment, BigDecimal per) {

  public Charge {
    tiers = tiers == null ? List.of() : List.copyOf(tiers);
    // six decimals, as stored, so a plan read back equals the plan written
    per = per == null ? BigDecimal.ONE : per.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
  }

  /** A charge priced per single unit of its meter or period. */
  public Charge(Meter meter, BillingPeriod period, PriceModel model, List<Tier> tiers, UserClass userClass,
      Commitment commitment) {
    this(meter, period, model, tiers, userClass, commitment, BigDecimal.ONE);
  }

  /** A flat price per unit of a meter, for everybody. */
  public static Charge perUnit(Meter meter, long fenPerUnit) {
    return new Charge(meter, null, PriceModel.PER_UNIT, List.of(Tier.unbounded(fenPerUnit)), null, null);
  }

  /** A flat price per {@code per} units of a meter, for everybody (e.g. 1,200 fen per 56 core·h). */
  public static Charge perBundle(Meter meter, long fen, BigDecimal per) {
    return new Charge(meter, null, PriceModel.PER_UNIT, List.of(Tier.unbounded(fen)), null, null, per);
  }

  /** A flat price per unit of time, for everybody. */
  public static Charge perTime(BillingPeriod period, long fenPerUnit) {
    return new Charge(null, period, PriceModel.PER_UNIT, List.of(Tier.unbounded(fenPerUnit)), null, null);
  }

  /** The same charge, tiered by {@code model}. */
  public Charge tiered(PriceModel model, List<Tier> tiers) {
    return new Charge(meter, period, model, tiers, userClass, commitment, per);
  }

  /** The same charge, as the price for {@code userClass} only. */
  public Charge forClass(UserClass userClass) {
    return new Charge(meter, period, model, tiers, userClass, commitment, per);
  }

  /** The same charge, as the price for {@code commitment} only. */
  public Charge forCommitment(Commitment commitment) {
    return new Charge(meter, period, model, tiers, userClass, commitment, per);
  }

  /** What this charge prices: its meter or its period. */
  public Object dimension() {
    return meter != null ? meter : period;
  }

  /** The unit of its quantity: the meter's or period's unit, or a bundle of them ({@code 56 core·h}). */
  public String unit() {
    String unit = meter != null ? meter.unit() : period.unit();
    return BigDecimal.ONE.compareTo(per) == 0 ? unit : per.toPlainString() + " " + unit;
  }

  /** {@code quantity} of the meter or period in the units this charge prices (bundles of {@link #per}). */
  BigDecimal priced(BigDecimal quantity) {
    return BigDecimal.ONE.compareTo(per) == 0 ? quantity : quantity.divide(per, 6, RoundingMode.HALF_UP);
  }

  /** A flat usage price for everybody, as the first plans had. */
  boolean isFlatUsage() {
    return meter != null && model == PriceModel.PER_UNIT && userClass == null && commitment == null;
  }

  /**
   * How specific this charge is for an order of {@code userClass} and {@code commitment}: 3 both match, 2 the
   * class, 1 the commitment, 0 for everybody; -1 when it is not for that order at all.
   */
  int specificity(UserClass orderClass, Commitment orderCommitment) {
    if ((userClass != null && userClass != orderClass) || (commitment != null && commitment != orderCommitment)) {
      return -1;
    }
    return (userClass != null ? 2 : 0) + (commitment != null ? 1 : 0);
  }

  /**
   * Checks the charge is well formed.
   *
   * @param field the charge's field name in the request, for the problem
   * @throws BillingProblem.Invalid naming the field at fault
   */
  void validate(String field) {
    if ((meter == null) == (period == null)) {
      throw new BillingProblem.Invalid(field + ".meter", "exactly one of meter and period");
    }
    if (model == null) {
      throw new BillingProblem.Invalid(field + ".model", null);
    }
    if (per.signum() <= 0) {
      throw new BillingProblem.Invalid(field + ".per", per);
    }
    if (tiers.isEmpty() || (model == PriceModel.PER_UNIT && tiers.size() != 1)) {
      throw new BillingProblem.Invalid(field + ".tiers", tiers.size() + " tiers for " + model);
    }
    BigDecimal previous = BigDecimal.ZERO;
    for (int i = 0; i < tiers.size(); i++) {
      Tier tier = tiers.get(i);
      String tierField = field + ".tiers[" + i + "]";
      if (tier == null || tier.fenPerUnit() < 0) {
        throw new BillingProblem.Invalid(tierField + ".fenPerUnit", tier == null ? null : tier.fenPerUnit());
      }
      boolean last = i == tiers.size() - 1;
      if (last != (tier.upTo() == null) || (tier.upTo() != null && tier.upTo().compareTo(previous) <= 0)) {
        throw new BillingProblem.Invalid(tierField + ".upTo", tier.upTo());
      }
      previous = tier.upTo();
    }
  }
}
