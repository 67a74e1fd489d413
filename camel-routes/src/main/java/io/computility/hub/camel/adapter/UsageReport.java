package io.computility.hub.camel.adapter;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Usage of an allocation as the provider reports it (S-7.5 a), cumulative since the allocation started.
 *
 * @param providerId the provider
 * @param allocationId hub id of the allocation
 * @param unitHours unit-hours used since allocation
 * @param transferredGb gigabytes carried since allocation, {@code null} when the provider does not report it
 * @param readAt when it was read
 */
public record UsageReport(String providerId, String allocationId, BigDecimal unitHours, BigDecimal transferredGb,
    Instant readAt) {
}
