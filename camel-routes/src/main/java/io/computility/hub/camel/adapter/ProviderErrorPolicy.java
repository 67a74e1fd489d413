package io.computility.hub.camel.adapter;

import io.computility.hub.camel.CamelRoutesProperties;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.apache.camel.model.RouteConfigurationDefinition;
import org.springframework.stereotype.Component;

/**
 * The error policy every provider call opts into: redelivery with exponential back-off for faults that may pass
 * (5xx, 429, timeouts, refused connections), none for answers that will not change (4xx, malformed bodies) or for
 * calls the open circuit refuses.
 */
@Component
class ProviderErrorPolicy extends RouteConfigurationBuilder {

  static final String ID = "provider-errors";

  private final CamelRoutesProperties.Adapters adapters;

  ProviderErrorPolicy(CamelRoutesProperties properties) {
    this.adapters = properties.adapters();
  }

  @Override
  public void configuration() {
    RouteConfigurationDefinition policy = routeConfiguration(ID);
    policy.errorHandler(defaultErrorHandler()
        .maximumRedeliveries(adapters.maximumRedeliveries())
        .redeliveryDelay(adapters.redeliveryDelay().toMillis())
        .useExponentialBackOff()
        .backOffMultiplier(adapters.backOffMultiplier())
        .retryAttemptedLogLevel(LoggingLevel.WARN)
        .logExhausted(true));
    policy.onException(CallNotPermittedException.class, MalformedResponseException.class)
        .maximumRedeliveries(0);
    policy.onException(HttpOperationFailedException.class)
        .onWhen(simple("${exception.statusCode} < 500 && ${exception.statusCode} != 429"))
        .maximumRedeliveries(0);
  }
}
