package io.computility.hub.camel.adapter;

/**
 * A request to allocate resources.
 *
 * @param providerId the provider
 * @param poolExternalId the provider's id of the pool (flavor, node model, spec, partition, offer)
 * @param units how many units
 * @param orderRef the caller's idempotency key, unique per provider
 */
public record ProvisionRequest(String providerId, String poolExternalId, int units, String orderRef) {
}
