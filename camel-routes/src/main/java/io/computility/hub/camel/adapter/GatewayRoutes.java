package io.computility.hub.camel.adapter;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** The entry routes of {@link ProviderGateway}: each hands the exchange to the named provider's own route. */
@Component
class GatewayRoutes extends RouteBuilder {

  static final String INVENTORY = "direct:provider-inventory";
  static final String PROVISION = "direct:provider-provision";
  static final String STATUS = "direct:provider-status";
  static final String RELEASE = "direct:provider-release";
  static final String USAGE = "direct:provider-usage";
  static final String PROVIDER_HEADER = "HubProviderId";

  @Override
  public void configure() {
    from(INVENTORY).routeId("provider-inventory")
        .toD("direct:${header." + PROVIDER_HEADER + "}-inventory");
    from(PROVISION).routeId("provider-provision")
        .toD("direct:${header." + PROVIDER_HEADER + "}-provision");
    from(STATUS).routeId("provider-status")
        .toD("direct:${header." + PROVIDER_HEADER + "}-status");
    from(RELEASE).routeId("provider-release")
        .toD("direct:${header." + PROVIDER_HEADER + "}-release");
    from(USAGE).routeId("provider-usage")
        .toD("direct:${header." + PROVIDER_HEADER + "}-usage");
  }
}
