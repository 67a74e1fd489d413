package io.computility.hub.camel.adapter;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.computility.hub.camel.CamelRoutesProperties;
import io.computility.hub.camel.CamelRoutesProperties.ProviderSettings;
import io.computility.hub.camel.resource.Measurement;
import io.computility.hub.camel.resource.ProviderKind;
import io.computility.hub.camel.resource.ResourceInventory;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;

/**
 * The routes of one provider kind. Each kind defines route templates (call, inventory, poll, provision, status,
 * release, usage) and instantiates them once per provider of that kind, so every provider gets its own routes, route
 * ids and circuit breaker while the dialect lives in the kind's {@link ProviderProtocol}.
 *
 * <p>Every HTTP exchange with a provider goes through its {@code <provider>-call} route, which wraps the request in
 * the provider's circuit breaker, and its {@code <provider>-http} route, which opts into the shared
 * {@link ProviderErrorPolicy}.
 */
abstract class AdapterRoutes extends RouteBuilder {

  private final ProviderProtocol protocol;
  private final ProviderDirectory directory;
  private final ProviderBreakers breakers;
  private final CamelRoutesProperties.Adapters adapters;
  private final AdapterSteps steps;

  AdapterRoutes(ProviderProtocol protocol, ProviderDirectory directory, ProviderBreakers breakers,
      ResourceInventory inventory, Measurement measurement, ObjectMapper json, CamelRoutesProperties properties) {
    this.protocol = protocol;
    this.directory = directory;
    this.breakers = breakers;
    this.adapters = properties.adapters();
    this.steps = new AdapterSteps(protocol, directory, inventory, measurement, json, adapters.pageSize());
  }

  @Override
  public void configure() throws Exception {
    defineTemplates(kindName());
    long delay = adapters.initialDelay().toMillis();
    for (ProviderSettings provider : directory.remotes(protocol.kind())) {
      // a provider still in onboarding is pulled only by the credential check until its sync is started
      instantiate(provider, delay, directory.admitted(provider.id()), (template, routeId, parameters) -> {
        var route = templatedRoute(template).routeId(routeId);
        parameters.forEach((name, value) -> route.parameter(name, String.valueOf(value)));
      });
      // staggered so that providers do not all write the inventory at the same instant
      delay += 250;
    }
  }

  /** The kind this adapter serves. */
  ProviderKind kind() {
    return protocol.kind();
  }

  /**
   * Adds the routes of a provider connected while the hub runs (a partner that registered itself); {@code poll}
   * says whether its scheduled inventory pull starts too (admitted) or not yet (onboarding's checks only).
   */
  void connect(ProviderSettings provider, boolean poll) throws Exception {
    instantiate(provider, adapters.initialDelay().toMillis(), poll, this::addRoute);
  }

  /** Starts the scheduled inventory pull of a provider whose other routes exist; does nothing if it runs. */
  synchronized void startPolling(ProviderSettings provider) throws Exception {
    if (getCamelContext().getRoute(provider.id() + "-poll") == null) {
      addPollRoute(provider, adapters.initialDelay().toMillis(), this::addRoute);
    }
  }

  /** Stops and removes a provider's scheduled inventory pull; answers whether it was running. */
  synchronized boolean stopPolling(String providerId) throws Exception {
    CamelContext camel = getCamelContext();
    String routeId = providerId + "-poll";
    if (camel.getRoute(routeId) == null) {
      return false;
    }
    camel.getRouteController().stopRoute(routeId);
    return camel.removeRoute(routeId);
  }

  private void addRoute(String template, String routeId, Map<String, Object> parameters) throws Exception {
    getCamelContext().addRouteFromTemplate(routeId, template, Map.copyOf(parameters));
  }

  /** Adds one route from a template. */
  @FunctionalInterface
  private interface RouteFactory {
    void add(String template, String routeId, Map<String, Object> parameters) throws Exception;
  }

  private void instantiate(ProviderSettings provider, long delayMillis, boolean poll, RouteFactory routes)
      throws Exception {
    String kind = kindName();
    getCamelContext().getRegistry().bind(provider.id() + "-breaker", breakers.forProvider(provider.id()));
    routes.add(kind + "-http", provider.id() + "-http",
        Map.of("providerId", provider.id(), "baseUrl", provider.baseUrl()));
    for (String operation : new String[] {"call", "inventory", "provision", "status", "release", "usage"}) {
      routes.add(kind + "-" + operation, provider.id() + "-" + operation, Map.of("providerId", provider.id()));
    }
    if (poll) {
      addPollRoute(provider, delayMillis, routes);
    }
  }

  private void addPollRoute(ProviderSettings provider, long delayMillis, RouteFactory routes) throws Exception {
    String kind = kindName();
    Duration period = provider.pollPeriod() == null ? adapters.inventoryPeriod() : provider.pollPeriod();
    if (!period.isZero()) {
      routes.add(kind + "-poll", provider.id() + "-poll", Map.of("providerId", provider.id(),
          "period", String.valueOf(period.toMillis()), "delay", String.valueOf(delayMillis)));
    }
  }

  private String kindName() {
    return protocol.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private void defineTemplates(String kind) {
    // The breaker sees one outcome per call, after the error policy's redeliveries inside it.
    routeTemplate(kind + "-call").templateParameter("providerId")
        .from("direct:{{providerId}}-call")
        .process(steps::prepareRequest)
        .circuitBreaker()
            .resilience4jConfiguration()
                .circuitBreaker("{{providerId}}-breaker")
                .throwExceptionWhenHalfOpenOrOpenState(true)
            .end()
            .to("direct:{{providerId}}-http")
        .end()
        .process(steps::parseResponse);

    routeTemplate(kind + "-http").templateParameter("providerId").templateParameter("baseUrl")
        .from("direct:{{providerId}}-http")
        .routeConfigurationId(ProviderErrorPolicy.ID)
        .to("{{baseUrl}}");

    routeTemplate(kind + "-inventory").templateParameter("providerId")
        .from("direct:{{providerId}}-inventory")
        .setProperty(AdapterSteps.PROVIDER, constant("{{providerId}}"))
        .process(steps::startInventory)
        .loopDoWhile(exchangeProperty(AdapterSteps.CALL).isNotNull())
            .to("direct:{{providerId}}-call")
            .process(steps::collectPage)
        .end()
        .process(steps::storeInventory);

    routeTemplate(kind + "-poll").templateParameter("providerId").templateParameter("period")
        .templateParameter("delay")
        .from("timer:{{providerId}}-inventory?period={{period}}&delay={{delay}}")
        .setProperty(AdapterSteps.PROVIDER, constant("{{providerId}}"))
        .doTry()
            .to("direct:{{providerId}}-inventory")
        .doCatch(Exception.class)
            .process(steps::markUnhealthy)
        .end();

    routeTemplate(kind + "-provision").templateParameter("providerId")
        .from("direct:{{providerId}}-provision")
        .setProperty(AdapterSteps.PROVIDER, constant("{{providerId}}"))
        .process(steps::startProvision)
        .loopDoWhile(method(steps, "hasNextCall"))
            .process(steps::nextCall)
            .to("direct:{{providerId}}-call")
        .end()
        .process(steps::readAllocation);

    routeTemplate(kind + "-status").templateParameter("providerId")
        .from("direct:{{providerId}}-status")
        .setProperty(AdapterSteps.PROVIDER, constant("{{providerId}}"))
        .process(steps::statusCall)
        .to("direct:{{providerId}}-call")
        .process(steps::readStatus);

    routeTemplate(kind + "-release").templateParameter("providerId")
        .from("direct:{{providerId}}-release")
        .setProperty(AdapterSteps.PROVIDER, constant("{{providerId}}"))
        .process(steps::releaseCall)
        .to("direct:{{providerId}}-call");

    routeTemplate(kind + "-usage").templateParameter("providerId")
        .from("direct:{{providerId}}-usage")
        .setProperty(AdapterSteps.PROVIDER, constant("{{providerId}}"))
        .process(steps::usageCall)
        .to("direct:{{providerId}}-call")
        .process(steps::readUsage);
  }
}
