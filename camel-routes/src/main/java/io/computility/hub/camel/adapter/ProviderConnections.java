package io.computility.hub.camel.adapter;

import io.computility.hub.camel.CamelRoutesProperties.ProviderSettings;
import io.computility.hub.camel.resource.AdmissionStatus;
import io.computility.hub.camel.resource.Provider;
import io.computility.hub.camel.resource.ResourceInventory;
import io.computility.hub.camel.resource.UnknownProviderException;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Starts pulling from a provider that registered itself through the partner API, once onboarding has admitted it:
 * adds its adapter routes (with its own circuit breaker and schedule) to the running Camel context.
 */
@Service
public class ProviderConnections {

  private final ResourceInventory inventory;
  private final ProviderDirectory directory;
  private final List<AdapterRoutes> adapters;

  ProviderConnections(ResourceInventory inventory, ProviderDirectory directory, List<AdapterRoutes> adapters) {
    this.inventory = inventory;
    this.directory = directory;
    this.adapters = adapters;
  }

  /**
   * Connects an admitted provider's API; connecting one already connected does nothing.
   *
   * @return whether the provider is pulled from (false for a push-only provider without an API)
   * @throws IllegalStateException when the provider is not admitted
   */
  public boolean connect(String providerId) {
    Provider provider = inventory.provider(providerId).orElseThrow(() -> new UnknownProviderException(providerId));
    if (provider.admissionStatus() != AdmissionStatus.ADMITTED) {
      throw new IllegalStateException("Provider " + providerId + " is not admitted");
    }
    if (provider.baseUrl() == null) {
      return false;
    }
    ProviderSettings settings = new ProviderSettings(provider.id(), provider.name(), provider.owner(),
        provider.kind(), provider.regionCode(), provider.baseUrl(), provider.credentialsRef(), provider.pue(),
        provider.greenPowerShare(), null);
    if (!directory.add(settings)) {
      return true;
    }
    AdapterRoutes routes = adapters.stream().filter(adapter -> adapter.kind() == provider.kind()).findFirst()
        .orElseThrow();
    try {
      routes.connect(settings);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot add the routes of provider " + providerId, e);
    }
    return true;
  }
}
