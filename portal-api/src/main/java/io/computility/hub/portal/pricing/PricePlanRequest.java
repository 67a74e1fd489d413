package io.computility.hub.portal.pricing;

import io.computility.hub.workers.billing.BillingPeriod;
import io.computility.hub.workers.billing.Charge;
import io.computility.hub.workers.billing.Commitment;
import io.computility.hub.workers.billing.PlanTerms;
import io.computility.hub.workers.billing.PriceModel;
import io.computility.hub.workers.billing.ServiceLevel;
import io.computility.hub.workers.billing.Tier;
import io.computility.hub.workers.billing.UserClass;
import io.computility.hub.workers.metering.Meter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/v1/price-plans/{productId}/versions}: the next version of a product's plan.
 *
 * @param charges each a usage ({@code meter}) or time ({@code period}) charge; {@code fenPerUnit} for a flat price,
 *     or {@code model} GRADUATED/VOLUME with {@code tiers}; optionally for one {@code userClass} and/or
 *     {@code commitment}
 * @param minimumChargeFen optional, 0 when absent
 * @param serviceLevelMultipliers optional, e.g. {@code {"GOLD": 1.5, "BRONZE": 0.8}}
 * @param publicServiceQuota optional share of capacity reserved for public-service users, 0 to 1
 * @param publicServiceCaps optional most a public-service user pays per unit, e.g. {@code {"GPU_HOURS": 1000}}
 */
record PricePlanRequest(List<ChargeRequest> charges, Long minimumChargeFen,
    Map<ServiceLevel, BigDecimal> serviceLevelMultipliers, BigDecimal publicServiceQuota,
    Map<Meter, Long> publicServiceCaps) {

  /** One charge of the request. */
  record ChargeRequest(Meter meter, BillingPeriod period, PriceModel model, Long fenPerUnit, List<TierRequest> tiers,
      UserClass userClass, Commitment commitment) {
  }

  /** One tier: {@code upTo} absent for the last. */
  record TierRequest(BigDecimal upTo, Long fenPerUnit) {
  }

  /**
   * The charges asked for; the domain checks the rest and names the field ({@code charges[1].tiers[0].upTo}).
   *
   * @throws PricingApiProblem.Invalid when a required value is missing
   */
  List<Charge> toCharges() {
    if (charges == null || charges.isEmpty()) {
      throw new PricingApiProblem.Invalid("charges", charges);
    }
    List<Charge> result = new ArrayList<>();
    for (int i = 0; i < charges.size(); i++) {
      String field = "charges[" + i + "]";
      ChargeRequest charge = charges.get(i);
      if (charge == null) {
        throw new PricingApiProblem.Invalid(field, null);
      }
      PriceModel model = charge.model() == null ? PriceModel.PER_UNIT : charge.model();
      List<Tier> tiers = new ArrayList<>();
      if (model == PriceModel.PER_UNIT && charge.tiers() == null) {
        if (charge.fenPerUnit() == null) {
          throw new PricingApiProblem.Invalid(field + ".fenPerUnit", null);
        }
        tiers.add(Tier.unbounded(charge.fenPerUnit()));
      } else {
        if (charge.fenPerUnit() != null || charge.tiers() == null) {
          throw new PricingApiProblem.Invalid(field + ".tiers", charge.tiers());
        }
        for (int j = 0; j < charge.tiers().size(); j++) {
          TierRequest tier = charge.tiers().get(j);
          if (tier == null || tier.fenPerUnit() == null) {
            throw new PricingApiProblem.Invalid(field + ".tiers[" + j + "].fenPerUnit", null);
          }
          tiers.add(new Tier(tier.upTo(), tier.fenPerUnit()));
        }
      }
      result.add(new Charge(charge.meter(), charge.period(), model, tiers, charge.userClass(),
          charge.commitment()));
    }
    return result;
  }

  PlanTerms toTerms() {
    return new PlanTerms(minimumChargeFen == null ? 0 : minimumChargeFen, serviceLevelMultipliers,
        publicServiceQuota, publicServiceCaps);
  }
}
