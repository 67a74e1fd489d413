package io.computility.hub.indicators;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link IndicatorsProperties}; the module's mappers are found by the application's mapper scan. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IndicatorsProperties.class)
class IndicatorsConfiguration {
}
