package io.computility.hub.indicators.pull;

import io.computility.hub.indicators.IndicatorsProperties;
import org.apache.camel.component.http.HttpComponent;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The HTTP component the pulls use ({@code unit-pull-http:}), its own instance so that the units' endpoints get
 * the monitoring layer's timeouts ({@code hub.indicators.pull.*}) rather than whatever another module sets on
 * Camel's shared {@code http} component. The client's own automatic retries (of 503 and 429) are off: retrying
 * is {@link UnitPullErrorPolicy}'s business, with its back-off and count.
 */
@Configuration(proxyBeanMethods = false)
class UnitPullHttp {

  /** The component's name, the scheme of its endpoints. */
  static final String COMPONENT = "unit-pull-http";

  @Bean(COMPONENT)
  HttpComponent unitPullHttp(IndicatorsProperties properties) {
    IndicatorsProperties.Pull pull = properties.pull();
    HttpComponent http = new HttpComponent();
    http.setConnectTimeout(pull.connectTimeout().toMillis());
    http.setConnectionRequestTimeout(pull.connectTimeout().toMillis());
    http.setResponseTimeout(pull.responseTimeout().toMillis());
    http.setSoTimeout(pull.responseTimeout().toMillis());
    http.setHttpClientConfigurer(HttpClientBuilder::disableAutomaticRetries);
    return http;
  }
}
