package io.computility.hub.camel.adapter;

import io.computility.hub.camel.CamelRoutesProperties.ProviderSettings;
import io.computility.hub.camel.resource.AdmissionStatus;
import io.computility.hub.camel.resource.Provider;
import io.computility.hub.camel.resource.ResourceInventory;
import io.computility.hub.camel.resource.UnknownProviderException;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Starts and stops the scheduled pulls of providers as onboarding admits and retirement releases them. A partner
 * that registered itself through the partner API gets its adapter routes (with its own circuit breaker) added to
 * the running Camel context; a configured or simulated provider already has them and only gets its schedule.
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
   * Starts pulling from an admitted provider's API on schedule; a provider already pulled from is left as it is.
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
    ProviderSettings settings = settingsOf(provider);
    AdapterRoutes routes = adapterOf(provider);
    try {
      if (directory.add(settings)) {
        routes.connect(settings, true);
      } else {
        routes.startPolling(directory.remote(providerId).orElseThrow());
      }
    } catch (Exception e) {
      throw new IllegalStateException("Cannot add the routes of provider " + providerId, e);
    }
    return true;
  }

  /**
   * Gives a provider with an API its adapter routes without starting its schedule, so that onboarding's checks can
   * call it while it is pending (a partner that registered itself); a provider whose routes exist is left as it is.
   *
   * @return whether the hub can call the provider's API (false for a push-only provider)
   */
  public boolean attach(String providerId) {
    Provider provider = inventory.provider(providerId).orElseThrow(() -> new UnknownProviderException(providerId));
    if (directory.remote(providerId).isPresent()) {
      return true;
    }
    if (provider.baseUrl() == null) {
      return false;
    }
    ProviderSettings settings = settingsOf(provider);
    try {
      if (directory.add(settings)) {
        adapterOf(provider).connect(settings, false);
      }
    } catch (Exception e) {
      throw new IllegalStateException("Cannot add the routes of provider " + providerId, e);
    }
    return true;
  }

  /**
   * Stops the scheduled pulls from a provider (retirement); its other routes stay for releasing what runs there.
   *
   * @return whether a schedule was running
   */
  public boolean disconnect(String providerId) {
    Provider provider = inventory.provider(providerId).orElseThrow(() -> new UnknownProviderException(providerId));
    try {
      return adapterOf(provider).stopPolling(providerId);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot stop the routes of provider " + providerId, e);
    }
  }

  private static ProviderSettings settingsOf(Provider provider) {
    return new ProviderSettings(provider.id(), provider.name(), provider.owner(), provider.kind(),
        provider.regionCode(), provider.baseUrl(), provider.credentialsRef(), provider.pue(),
        provider.greenPowerShare(), null);
  }

  private AdapterRoutes adapterOf(Provider provider) {
    return adapters.stream().filter(adapter -> adapter.kind() == provider.kind()).findFirst().orElseThrow();
  }
}
