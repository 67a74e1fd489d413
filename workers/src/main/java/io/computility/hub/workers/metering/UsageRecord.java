package io.computility.hub.workers.metering;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An order's usage of one meter in one sample period: the difference between two accepted cumulative readings.
 *
 * @param periodNo 1 for the order's first record of this meter, then one more per accepted reading
 * @param periodStart where the previous period ended; for period 1 its own end (the allocation's start is unknown)
 * @param periodEnd when the reading was taken
 * @param quantity the usage in the period, in {@link Meter#unit()}; never negative
 * @param cumulative the provider's cumulative reading at {@code periodEnd}
 * @param source where the reading came from (the allocation it was read of)
 * @param anomaly {@code null}, or why the quantity is not the plain difference ({@link #CUMULATIVE_DECREASED})
 */
public record UsageRecord(String orderId, Meter meter, int periodNo, Instant periodStart, Instant periodEnd,
    BigDecimal quantity, BigDecimal cumulative, String source, String anomaly, Instant recordedAt) {

  /** The provider's cumulative reading went down (a reset): the period is recorded with no usage. */
  public static final String CUMULATIVE_DECREASED = "CUMULATIVE_DECREASED";
}
