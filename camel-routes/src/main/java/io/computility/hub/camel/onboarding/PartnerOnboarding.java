package io.computility.hub.camel.onboarding;

import io.computility.hub.camel.adapter.ProviderConnections;
import io.computility.hub.camel.partner.PartnerRegistered;
import io.computility.hub.camel.resource.AdmissionStatus;
import io.computility.hub.camel.resource.ResourceInventory;
import io.computility.hub.camel.resource.UnknownProviderException;
import io.computility.hub.workers.process.ProcessCommands;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Onboards the partners that register themselves: a partner with an API of its own gets its adapter routes (not
 * yet its schedule), so that the credential check calls that API; then, with the provider id as business key,
 *
 * <ul>
 *   <li>a pending provider without an onboarding under way gets a new {@code resource-onboarding} instance (never
 *       approved automatically);</li>
 *   <li>a rejected provider's onboarding, waiting for a re-submission, receives {@code providerResubmitted} and runs
 *       its checks again;</li>
 *   <li>anything else (an onboarding still checking or awaiting approval, an admitted provider) is left alone, so a
 *       repeated registration starts nothing twice.</li>
 * </ul>
 *
 * <p>Decisions are taken one at a time, so two registrations of one partner arriving together start one instance.
 * Needs the process engine; without it ({@code operaton.bpm.enabled=false}) registrations are only stored.
 */
@Component
@ConditionalOnProperty(prefix = "operaton.bpm", name = "enabled", matchIfMissing = true)
class PartnerOnboarding {

  static final String RESUBMITTED = "providerResubmitted";
  private static final Logger LOG = LoggerFactory.getLogger(PartnerOnboarding.class);

  private final ResourceInventory inventory;
  private final ProviderConnections connections;
  private final ProcessCommands processes;

  PartnerOnboarding(ResourceInventory inventory, ProviderConnections connections, ProcessCommands processes) {
    this.inventory = inventory;
    this.connections = connections;
    this.processes = processes;
  }

  @EventListener
  synchronized void onboard(PartnerRegistered registered) {
    String providerId = registered.providerId();
    AdmissionStatus status = inventory.provider(providerId).orElseThrow(() -> new UnknownProviderException(
        providerId)).admissionStatus();
    if (status != AdmissionStatus.PENDING) {
      return;
    }
    connections.attach(providerId);
    if (processes.runningInstance(SimulatedProviderOnboarding.PROCESS, providerId).isEmpty()) {
      processes.start(SimulatedProviderOnboarding.PROCESS, providerId,
          Map.of("providerId", providerId, "autoApprove", false));
      LOG.info("Onboarding of partner {} started", providerId);
      return;
    }
    try {
      processes.correlate(RESUBMITTED, providerId, Map.of());
      LOG.info("Partner {} re-submitted; its onboarding checks again", providerId);
    } catch (ProcessCommands.NotCorrelatedException inProgress) {
      // its onboarding runs and does not wait for a re-submission: nothing to do
    }
  }
}
