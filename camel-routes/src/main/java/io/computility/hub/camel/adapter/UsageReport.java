package io.computility.hub.camel.adapter;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Usage of an allocation as the provider reports it (S-7.5 a).
 *
 * @param providerId the provider
 * @param allocationId hub id of the allocation
 * @param unitHours unit-hours used since allocation
 * @param readAt when it was read
 */
public record UsageReport(String providerId, String allocationId, BigDecimal unitHours, Instant readAt) {
}
