package io.computility.hub.camel.adapter;

/**
 * What a provider answered to a provisioning request.
 *
 * @param externalId the provider's id of the new allocation
 * @param report its state as the answer says
 */
record Provisioned(String externalId, ProviderReport report) {
}
