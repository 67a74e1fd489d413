package io.computility.hub.camel.partner;

import io.computility.hub.camel.CamelRoutesProperties.ProviderSettings;
import io.computility.hub.camel.adapter.RemoteProviders;
import io.computility.hub.camel.resource.AdmissionStatus;
import io.computility.hub.camel.resource.ProviderSource;
import io.computility.hub.camel.resource.ResourceInventory;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The partners that registered themselves with an API of their own, so that their adapter routes are built again
 * when the hub starts (an admitted one is pulled on schedule again, a pending one can be checked again).
 */
@Component
class RegisteredPartners implements RemoteProviders {

  private final ResourceInventory inventory;

  RegisteredPartners(ResourceInventory inventory) {
    this.inventory = inventory;
  }

  @Override
  public ProviderSource source() {
    return ProviderSource.PARTNER;
  }

  @Override
  public List<ProviderSettings> providers() {
    return inventory.providers().stream()
        .filter(provider -> provider.source() == ProviderSource.PARTNER && provider.baseUrl() != null)
        .map(partner -> new ProviderSettings(partner.id(), partner.name(), partner.owner(), partner.kind(),
            partner.regionCode(), partner.baseUrl(), partner.credentialsRef(), partner.pue(),
            partner.greenPowerShare(), null))
        .toList();
  }

  @Override
  public AdmissionStatus initialAdmission() {
    return AdmissionStatus.PENDING;
  }
}
