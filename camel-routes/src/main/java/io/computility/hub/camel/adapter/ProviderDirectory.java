package io.computility.hub.camel.adapter;

import io.computility.hub.camel.CamelRoutesProperties.ProviderSettings;
import io.computility.hub.camel.resource.AdmissionStatus;
import io.computility.hub.camel.resource.Health;
import io.computility.hub.camel.resource.Provider;
import io.computility.hub.camel.resource.ProviderKind;
import io.computility.hub.camel.resource.ProviderSource;
import io.computility.hub.camel.resource.ResourceInventory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The providers the adapters pull from, gathered from every {@link RemoteProviders} and registered in the
 * {@link ResourceInventory} the first time they are asked for, with their source's initial admission status (a
 * provider known from before keeps its own); partners that register themselves start pending.
 *
 * <p>A provider's credentials reference names a setting, never the secret: for a configured provider the
 * environment variable (or any property) its configuration names; for a partner that registered itself the property
 * {@code hub.camel.partner-credentials.<provider id>.<reference>} (as an environment variable upper case without
 * dashes, e.g. {@code HUB_CAMEL_PARTNERCREDENTIALS_ZWCLOUD_APITOKEN}), so that a partner can only point at a secret an
 * operator put there for it.
 */
@Component
class ProviderDirectory {

  /** Where the credentials of partners that registered themselves are looked up. */
  static final String PARTNER_CREDENTIALS = "hub.camel.partner-credentials.";

  private final List<RemoteProviders> sources;
  private final ResourceInventory inventory;
  private final Environment environment;
  private Map<String, ProviderSettings> remotes;

  ProviderDirectory(List<RemoteProviders> sources, ResourceInventory inventory, Environment environment) {
    this.sources = sources;
    this.inventory = inventory;
    this.environment = environment;
  }

  /** The providers of one kind. */
  List<ProviderSettings> remotes(ProviderKind kind) {
    return all().values().stream().filter(remote -> remote.kind() == kind).toList();
  }

  /** The provider with this id, if an adapter pulls from it. */
  Optional<ProviderSettings> remote(String id) {
    return Optional.ofNullable(all().get(id));
  }

  /** Adds a provider connected while the hub runs; answers whether it was new. */
  synchronized boolean add(ProviderSettings remote) {
    return all().putIfAbsent(remote.id(), remote) == null;
  }

  /** Whether the provider is admitted, so that its inventory is pulled on schedule. */
  boolean admitted(String id) {
    return inventory.provider(id).map(provider -> provider.admissionStatus() == AdmissionStatus.ADMITTED)
        .orElse(false);
  }

  /** The provider's API token, read from the setting its credentials reference names. */
  Optional<String> token(String id) {
    return remote(id).map(ProviderSettings::credentialsEnv).map(reference -> inventory.provider(id)
            .filter(provider -> provider.source() == ProviderSource.PARTNER)
            .map(partner -> PARTNER_CREDENTIALS + id + "." + reference).orElse(reference))
        .map(environment::getProperty);
  }

  private synchronized Map<String, ProviderSettings> all() {
    if (remotes == null) {
      Map<String, ProviderSettings> found = new LinkedHashMap<>();
      for (RemoteProviders source : sources) {
        for (ProviderSettings remote : source.providers()) {
          found.put(remote.id(), remote);
          AdmissionStatus status = inventory.provider(remote.id()).map(Provider::admissionStatus)
              .orElse(source.initialAdmission());
          inventory.saveProvider(new Provider(remote.id(), remote.name(), remote.owner(), remote.kind(),
              remote.region(), remote.baseUrl(), remote.credentialsEnv(), status, source.source(), Health.UNKNOWN,
              remote.pue(), remote.greenPowerShare(), null));
        }
      }
      remotes = found;
    }
    return remotes;
  }
}
