package io.computility.hub.camel.onboarding;

import io.computility.hub.camel.CamelRoutesProperties;
import io.computility.hub.camel.resource.AdmissionStatus;
import io.computility.hub.camel.resource.Provider;
import io.computility.hub.camel.resource.ProviderSource;
import io.computility.hub.camel.resource.ResourceInventory;
import io.computility.hub.workers.process.ProcessCommands;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Onboards the simulated providers through the {@code resource-onboarding} process once the hub is ready (the
 * checks call the simulator over the hub's own HTTP port), one instance per provider with the provider id as
 * business key, through the engine-neutral {@link ProcessCommands}. Only a provider still pending and with no
 * onboarding under way gets one, so a restart starts nothing twice. The demo's automatic approval ({@code hub.camel.onboarding.auto-approve}) is
 * handed to the process as {@code autoApprove}.
 */
@Component
@ConditionalOnProperty(name = {"hub.camel.simulator.enabled", "hub.camel.simulator.onboard"}, havingValue = "true")
class SimulatedProviderOnboarding {

  static final String PROCESS = "resource-onboarding";
  private static final Logger LOG = LoggerFactory.getLogger(SimulatedProviderOnboarding.class);

  private final ResourceInventory inventory;
  private final ProcessCommands processes;
  private final boolean autoApprove;

  SimulatedProviderOnboarding(ResourceInventory inventory, ProcessCommands processes,
      CamelRoutesProperties properties) {
    this.inventory = inventory;
    this.processes = processes;
    this.autoApprove = properties.onboarding().autoApprove();
  }

  @EventListener(ApplicationReadyEvent.class)
  void onboardSimulatedProviders() {
    for (Provider provider : inventory.providers()) {
      if (provider.source() == ProviderSource.SIMULATED && provider.admissionStatus() == AdmissionStatus.PENDING
          && processes.runningInstance(PROCESS, provider.id()).isEmpty()) {
        processes.start(PROCESS, provider.id(), Map.of("providerId", provider.id(), "autoApprove", autoApprove));
        LOG.info("Onboarding of simulated provider {} started (automatic approval: {})", provider.id(), autoApprove);
      }
    }
  }
}
