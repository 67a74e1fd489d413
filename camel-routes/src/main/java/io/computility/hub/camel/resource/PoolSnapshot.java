package io.computility.hub.camel.resource;

/**
 * A pool as a provider reports it, before measurement: what adapters and partner pushes hand to
 * {@link ResourceInventory#record}.
 *
 * @param externalId the provider's id of the pool (flavor, node model, partition, offer)
 * @param kind what the pool offers
 * @param zone availability zone, may be {@code null}
 * @param spec vendor spec of one unit, e.g. {@code "8 × A800-80G"}
 * @param totalUnits units in the pool
 * @param remainingUnits units still free
 * @param priceFenPerUnitHour list price of one unit-hour in minor units
 * @param currency ISO 4217 currency
 */
public record PoolSnapshot(String externalId, ResourceKind kind, String zone, String spec, int totalUnits,
    int remainingUnits, long priceFenPerUnitHour, String currency) {
}
