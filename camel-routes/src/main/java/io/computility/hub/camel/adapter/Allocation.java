package io.computility.hub.camel.adapter;

import java.time.Instant;

/**
 * Resources allocated at a provider.
 *
 * @param id hub id of the allocation
 * @param providerId the provider
 * @param poolId hub id of the pool
 * @param orderRef the idempotency key it was requested with
 * @param externalId the provider's id (server, allocation, namespace, job, connection)
 * @param units units allocated
 * @param state {@code ACTIVE} or {@code RELEASED}
 * @param createdAt when the provider allocated it
 */
public record Allocation(String id, String providerId, String poolId, String orderRef, String externalId, int units,
    String state, Instant createdAt) {
}
