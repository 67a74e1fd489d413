package io.computility.hub.camel.resource;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A resource owner connected to the hub (R-6.3 b).
 *
 * @param id stable id
 * @param name display name
 * @param owner owning organisation
 * @param kind how it encapsulates its resources
 * @param regionCode GB/T 2260 code of its data centre
 * @param baseUrl root of its API, {@code null} for push-only partners
 * @param credentialsRef where its credentials are kept (an environment variable name), never the secret itself
 * @param admissionStatus onboarding state
 * @param source how it came to the hub
 * @param health live health as last seen
 * @param pue power usage effectiveness
 * @param greenPowerShare share of green power, 0–1
 * @param lastSyncAt last successful synchronisation
 */
public record Provider(String id, String name, String owner, ProviderKind kind, String regionCode, String baseUrl,
    String credentialsRef, AdmissionStatus admissionStatus, ProviderSource source, Health health, BigDecimal pue,
    BigDecimal greenPowerShare, Instant lastSyncAt) {

  public Provider {
    RegionCode.of(regionCode);
  }
}
