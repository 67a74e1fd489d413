package io.computility.hub.camel.adapter;

import io.computility.hub.camel.CamelRoutesProperties.ProviderSettings;
import io.computility.hub.camel.resource.AdmissionStatus;
import io.computility.hub.camel.resource.ProviderSource;
import java.util.List;

/** A source of providers the adapters pull from: the configuration, or the built-in simulator. */
public interface RemoteProviders {

  /** Where these providers come from. */
  ProviderSource source();

  /** The providers, with resolved base URLs. Called when the adapters' routes are built. */
  List<ProviderSettings> providers();

  /**
   * The admission status these providers are registered with the first time: {@code ADMITTED} when their
   * configuration admits them, {@code PENDING} when the onboarding process is to decide.
   */
  default AdmissionStatus initialAdmission() {
    return AdmissionStatus.ADMITTED;
  }
}
