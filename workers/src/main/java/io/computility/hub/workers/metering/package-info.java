/**
 * Metering (S-7.5 a): an order's usage per meter and sample period, from the provider's cumulative readings.
 *
 * <p>{@link io.computility.hub.workers.metering.UsageReader} is the port the resource layer implements;
 * {@link io.computility.hub.workers.metering.UsageMeter} turns readings into usage records and states the rule for
 * duplicate, late, missing and decreasing readings. The {@code usage-metering} topic is served in {@code billing},
 * because it rates what it records.
 *
 * <h2>The rule, in short</h2>
 * Per order and meter, period n runs from the end of period n−1 to the reading's time and holds the cumulative
 * difference; (order, meter, period) is unique, so a sample counts once even when repeats race. A sample at or
 * before the last accepted reading (duplicate or late) is ignored: a later cumulative includes its usage. Missed
 * samples need nothing: the next reading covers them as one longer period. A decreasing cumulative (a provider's
 * reset) is recorded as the anomaly {@code CUMULATIVE_DECREASED} with no usage and becomes the new base; usage is
 * never negative.
 */
package io.computility.hub.workers.metering;
