package io.computility.hub.camel.partner;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Pushed partner events enter here: an idempotent consumer keyed by provider, event type and the caller's
 * {@code Idempotency-Key} lets each event through once; a redelivered one is marked as a duplicate and skipped.
 */
@Component
class PartnerRoutes extends RouteBuilder {

  static final String PUSH = "direct:partner-push";
  static final String PROVIDER = "HubProviderId";
  static final String EVENT = "HubEventType";
  static final String KEY = "Idempotency-Key";

  private final ProcessedEvents processed;
  private final PartnerIntake intake;

  PartnerRoutes(ProcessedEvents processed, PartnerIntake intake) {
    this.processed = processed;
    this.intake = intake;
  }

  @Override
  public void configure() {
    from(PUSH).routeId("partner-push")
        .idempotentConsumer(simple("${header." + PROVIDER + "}/${header." + EVENT + "}/${header." + KEY + "}"))
            .idempotentRepository(processed)
            .skipDuplicate(true)
            .removeOnFailure(true)
            .bean(intake, "apply");
  }
}
