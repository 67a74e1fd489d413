package io.computility.hub.workers.billing;

import io.computility.hub.workers.metering.Meter;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A plan version's terms beyond its charges.
 *
 * @param minimumChargeFen the least an order of this plan costs before coupons; 0 for none
 * @param serviceLevelMultipliers the factor each service level puts on the charges (1.5 adds half, 0.8 takes a
 *     fifth off); a level not in it is charged at 1
 * @param publicServiceQuota the share of the product's capacity reserved for {@link UserClass#PUBLIC_SERVICE}
 *     users, 0 to 1: placement and reservation keep it from ordinary demand
 * @param publicServiceCaps the most a public-service user pays per unit of a meter, whatever the charges say
 */
public record PlanTerms(long minimumChargeFen, Map<ServiceLevel, BigDecimal> serviceLevelMultipliers,
    BigDecimal publicServiceQuota, Map<Meter, Long> publicServiceCaps) {

  /** The terms of a plan that has only charges. */
  public static final PlanTerms NONE = new PlanTerms(0, Map.of(), BigDecimal.ZERO, Map.of());

  public PlanTerms {
    serviceLevelMultipliers = serviceLevelMultipliers == null || serviceLevelMultipliers.isEmpty() ? Map.of()
        : Collections.unmodifiableMap(new EnumMap<>(serviceLevelMultipliers));
    publicServiceCaps = publicServiceCaps == null || publicServiceCaps.isEmpty() ? Map.of()
        : Collections.unmodifiableMap(new EnumMap<>(publicServiceCaps));
    publicServiceQuota = publicServiceQuota == null ? BigDecimal.ZERO : publicServiceQuota;
  }

  /** The multiplier of {@code level}; 1 when the plan has none for it or there is no level. */
  public BigDecimal multiplier(ServiceLevel level) {
    return level == null ? BigDecimal.ONE : serviceLevelMultipliers.getOrDefault(level, BigDecimal.ONE);
  }

  /** Whether these are the terms of a plan that has only charges. */
  boolean isNone() {
    return minimumChargeFen == 0 && serviceLevelMultipliers.isEmpty() && publicServiceQuota.signum() == 0
        && publicServiceCaps.isEmpty();
  }

  /**
   * Checks the terms.
   *
   * @throws BillingProblem.Invalid naming the field at fault
   */
  void validate() {
    if (minimumChargeFen < 0) {
      throw new BillingProblem.Invalid("minimumChargeFen", minimumChargeFen);
    }
    serviceLevelMultipliers.forEach((level, factor) -> {
      if (factor == null || factor.signum() < 0 || factor.scale() > 4 || factor.compareTo(BigDecimal.TEN) > 0) {
        throw new BillingProblem.Invalid("serviceLevelMultipliers." + level, factor);
      }
    });
    if (publicServiceQuota.signum() < 0 || publicServiceQuota.compareTo(BigDecimal.ONE) > 0
        || publicServiceQuota.scale() > 4) {
      throw new BillingProblem.Invalid("publicServiceQuota", publicServiceQuota);
    }
    publicServiceCaps.forEach((meter, cap) -> {
      if (cap == null || cap < 0) {
        throw new BillingProblem.Invalid("publicServiceCaps." + meter, cap);
      }
    });
  }
}
