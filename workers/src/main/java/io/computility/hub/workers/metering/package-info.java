/**
 * Metering (S-7.5 a): an order's usage per meter and sample period, from the provider's cumulative readings.
 *
 * <p>{@link io.computility.hub.workers.metering.UsageReader} is the port the resource layer implements;
 * {@link io.computility.hub.workers.metering.UsageMeter} turns readings into usage records and states the rule for
 * duplicate, late, missing and decreasing readings. The {@code usage-metering} topic is served in {@code billing},
 * because it rates what it records.
 */
package io.computility.hub.workers.metering;
