package io.computility.hub.camel.adapter;

import java.math.BigDecimal;

/**
 * Cumulative usage figures read from a provider.
 *
 * @param unitHours unit-hours since allocation
 * @param transferredGb gigabytes carried, {@code null} when the provider does not report it
 */
record UsageFigures(BigDecimal unitHours, BigDecimal transferredGb) {
}
