package io.computility.hub.camel.partner;

/**
 * A provider platform registered itself, or re-registered, through the partner API; published after its
 * registration is stored, for onboarding to start or resume.
 *
 * @param providerId the provider's id
 */
public record PartnerRegistered(String providerId) {
}
