package io.computility.hub.indicators.analysis;

import java.time.Instant;

/**
 * An alert for the regulators of a region.
 *
 * @param kind {@code THRESHOLD}, {@code ANOMALY} or {@code OVERDUE}
 * @param indicatorCode the indicator concerned, {@code null} for overdue units
 */
public record Alert(long id, String kind, String unitCode, String regionCode, String indicatorCode, String period,
    String message, Instant raisedAt) {
}
