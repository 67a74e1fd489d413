package io.computility.hub.indicators.pull;

import io.computility.hub.indicators.IndicatorsProperties;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.apache.camel.model.RouteConfigurationDefinition;
import org.springframework.stereotype.Component;

/**
 * The error policy of calls to the units' endpoints, shaped like the resource adapters' provider policy:
 * redelivery with exponential back-off for faults that may pass (5xx, 429, timeouts, refused connections), none
 * for answers that will not change (other 4xx).
 */
@Component
class UnitPullErrorPolicy extends RouteConfigurationBuilder {

  static final String ID = "unit-pull-errors";

  private final IndicatorsProperties.Pull pull;

  UnitPullErrorPolicy(IndicatorsProperties properties) {
    this.pull = properties.pull();
  }

  @Override
  public void configuration() {
    RouteConfigurationDefinition policy = routeConfiguration(ID);
    policy.errorHandler(defaultErrorHandler()
        .maximumRedeliveries(pull.maximumRedeliveries())
        .redeliveryDelay(pull.redeliveryDelay().toMillis())
        .useExponentialBackOff()
        .backOffMultiplier(pull.backOffMultiplier())
        .retryAttemptedLogLevel(LoggingLevel.WARN)
        .logExhausted(true)
        .logExhaustedMessageHistory(false));
    policy.onException(HttpOperationFailedException.class)
        .onWhen(simple("${exception.statusCode} < 500 && ${exception.statusCode} != 429"))
        .maximumRedeliveries(0);
  }
}
