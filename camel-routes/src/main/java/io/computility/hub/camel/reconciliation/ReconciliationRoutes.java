package io.computility.hub.camel.reconciliation;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;
import org.springframework.stereotype.Component;

/**
 * Route {@code reconcile-usage} ({@code direct:reconcile-usage}, headers {@code providerId} and {@code period}):
 * fetches the provider's usage statement from its API root, under the shared provider error policy (retries for
 * faults that may pass), and reconciles it; the body becomes the {@code Reconciliation}.
 */
@Component
class ReconciliationRoutes extends RouteBuilder {

  static final String ENDPOINT = "direct:reconcile-usage";

  @Override
  public void configure() {
    from(ENDPOINT).routeId("reconcile-usage").routeConfigurationId("provider-errors")
        .bean(ReconciliationSteps.class, "locate")
        .setHeader(Exchange.HTTP_METHOD, constant("GET"))
        .setHeader(Exchange.HTTP_QUERY, simple("period=${header.period}"))
        .setBody(constant(null))
        .toD("${header.statementUrl}")
        .unmarshal().json(JsonLibrary.Jackson, UsageStatement.class)
        .bean(ReconciliationSteps.class, "reconcile");
  }
}
