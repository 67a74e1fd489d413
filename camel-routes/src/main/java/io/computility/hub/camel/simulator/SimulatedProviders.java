package io.computility.hub.camel.simulator;

import io.computility.hub.camel.CamelRoutesProperties;
import io.computility.hub.camel.CamelRoutesProperties.ProviderSettings;
import io.computility.hub.camel.adapter.RemoteProviders;
import io.computility.hub.camel.resource.AdmissionStatus;
import io.computility.hub.camel.resource.ProviderSource;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Offers the simulated providers to the adapters, reached over real HTTP at the hub's own port. Their token is read
 * from {@code HUB_SIMULATOR_TOKEN} like any provider's credentials. With {@code hub.camel.simulator.onboard} they
 * start pending and go through the onboarding process like any provider; otherwise they are admitted at once.
 */
@Component
@ConditionalOnProperty(name = "hub.camel.simulator.enabled", havingValue = "true")
class SimulatedProviders implements RemoteProviders {

  private final SimulatorState state;
  private final CamelRoutesProperties properties;
  private final Environment environment;

  SimulatedProviders(SimulatorState state, CamelRoutesProperties properties, Environment environment) {
    this.state = state;
    this.properties = properties;
    this.environment = environment;
  }

  @Override
  public ProviderSource source() {
    return ProviderSource.SIMULATED;
  }

  @Override
  public AdmissionStatus initialAdmission() {
    return properties.simulator().onboard() ? AdmissionStatus.PENDING : AdmissionStatus.ADMITTED;
  }

  @Override
  public List<ProviderSettings> providers() {
    String port = environment.getProperty("local.server.port");
    if (port == null) {
      throw new IllegalStateException("The simulator needs the hub's web server; hub.camel.simulator.enabled is on"
          + " without one");
    }
    String base = properties.simulator().baseUrl().replace("{port}", port);
    return state.catalogue().stream().map(provider -> new ProviderSettings(provider.id(), provider.name(),
        provider.owner(), provider.kind(), provider.region(), base + "/" + provider.id(), "HUB_SIMULATOR_TOKEN",
        provider.pue(), provider.greenPowerShare(), null)).toList();
  }
}
