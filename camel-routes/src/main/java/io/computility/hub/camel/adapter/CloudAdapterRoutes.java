package io.computility.hub.camel.adapter;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.computility.hub.camel.CamelRoutesProperties;
import io.computility.hub.camel.resource.Measurement;
import io.computility.hub.camel.resource.ResourceInventory;
import org.springframework.stereotype.Component;

/** The adapter for providers of the OpenStack-like cloud (R-6.2 a): routes per provider, dialect in {@link CloudProtocol}. */
@Component
class CloudAdapterRoutes extends AdapterRoutes {

  CloudAdapterRoutes(CloudProtocol protocol, ProviderDirectory directory, ProviderBreakers breakers,
      ResourceInventory inventory, Measurement measurement, ObjectMapper json, CamelRoutesProperties properties) {
    super(protocol, directory, breakers, inventory, measurement, json, properties);
  }
}
