package io.computility.hub.camel.adapter;

/**
 * Published (as a Spring application event, delivered after commit) whenever an allocation's new state is stored,
 * whether learnt from the provisioning answer, a status poll, a partner's callback or a release.
 *
 * @param allocationId hub id of the allocation
 * @param providerId the provider
 * @param state the new state
 * @param detail the provider's words, may be {@code null}
 */
public record AllocationStateChanged(String allocationId, String providerId, AllocationState state, String detail) {
}
