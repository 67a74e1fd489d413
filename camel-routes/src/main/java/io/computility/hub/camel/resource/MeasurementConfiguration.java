package io.computility.hub.camel.resource;

import io.computility.hub.camel.CamelRoutesProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the conversion table named in {@code hub.camel.measurement-table}. */
@Configuration(proxyBeanMethods = false)
class MeasurementConfiguration {

  @Bean
  Measurement measurement(CamelRoutesProperties properties) {
    return new Measurement(ConversionTable.load(properties.measurementTable()));
  }
}
