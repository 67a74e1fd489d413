package io.computility.hub.camel.adapter;

import io.computility.hub.camel.CamelRoutesProperties;
import io.computility.hub.camel.CamelRoutesProperties.ProviderSettings;
import io.computility.hub.camel.resource.ProviderSource;
import java.util.List;
import org.springframework.stereotype.Component;

/** The providers declared under {@code hub.camel.providers}. */
@Component
class ConfiguredProviders implements RemoteProviders {

  private final CamelRoutesProperties properties;

  ConfiguredProviders(CamelRoutesProperties properties) {
    this.properties = properties;
  }

  @Override
  public ProviderSource source() {
    return ProviderSource.CONFIGURED;
  }

  @Override
  public List<ProviderSettings> providers() {
    return properties.providers();
  }
}
