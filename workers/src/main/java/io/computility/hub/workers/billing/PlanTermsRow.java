package io.computility.hub.workers.billing;

import java.math.BigDecimal;

/** A plan version's terms, as stored in {@code billing_price_plan_terms}; a multiplier is {@code null} for none. */
record PlanTermsRow(String productId, int version, long minimumChargeFen, BigDecimal goldMultiplier,
    BigDecimal silverMultiplier, BigDecimal bronzeMultiplier, BigDecimal publicServiceQuota) {
}
