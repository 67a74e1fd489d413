package io.computility.hub.camel.adapter;

import io.computility.hub.camel.CamelRoutesProperties;
import org.apache.camel.component.http.HttpComponent;
import org.apache.camel.spi.ComponentCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Applies the adapters' connect and response timeouts to Camel's HTTP component. */
@Configuration(proxyBeanMethods = false)
class HttpClientSettings {

  @Bean
  ComponentCustomizer providerHttpTimeouts(CamelRoutesProperties properties) {
    CamelRoutesProperties.Adapters adapters = properties.adapters();
    return ComponentCustomizer.forType(HttpComponent.class, http -> {
      http.setConnectTimeout(adapters.connectTimeout().toMillis());
      http.setConnectionRequestTimeout(adapters.connectTimeout().toMillis());
      http.setResponseTimeout(adapters.responseTimeout().toMillis());
      http.setSoTimeout(adapters.responseTimeout().toMillis());
    });
  }
}
