package io.computility.hub.camel.adapter;

import java.time.Instant;

/**
 * Resources allocated at a provider.
 *
 * @param id hub id of the allocation ({@code <provider>:<external id>})
 * @param providerId the provider
 * @param poolId hub id of the pool
 * @param orderRef the idempotency key it was requested with
 * @param externalId the provider's id (server, allocation, namespace, job, connection)
 * @param units units allocated
 * @param state where it stands
 * @param detail the provider's reason for a failure (or other remark), {@code null} when none
 * @param createdAt when the provider accepted it
 */
public record Allocation(String id, String providerId, String poolId, String orderRef, String externalId, int units,
    AllocationState state, String detail, Instant createdAt) {
}
