package io.computility.hub.camel.adapter;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.computility.hub.camel.CamelRoutesProperties;
import io.computility.hub.camel.resource.Measurement;
import io.computility.hub.camel.resource.ResourceInventory;
import org.springframework.stereotype.Component;

/** The adapter for providers of the carrier network (R-6.2 e): routes per provider, dialect in {@link NetworkProtocol}. */
@Component
class NetworkAdapterRoutes extends AdapterRoutes {

  NetworkAdapterRoutes(NetworkProtocol protocol, ProviderDirectory directory, ProviderBreakers breakers,
      ResourceInventory inventory, Measurement measurement, ObjectMapper json, CamelRoutesProperties properties) {
    super(protocol, directory, breakers, inventory, measurement, json, properties);
  }
}
