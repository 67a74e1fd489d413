package io.computility.hub.indicators.analysis;

import java.math.BigDecimal;
import java.time.Instant;

/** One accepted value as the data API returns it: unit, region, indicator, period, value and its revision. */
public record StoredValue(String unitCode, String regionCode, String indicatorCode, String period,
    BigDecimal numValue, String textValue, int revision, Instant updatedAt) {
}
