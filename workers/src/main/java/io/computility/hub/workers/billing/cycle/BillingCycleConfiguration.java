package io.computility.hub.workers.billing.cycle;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code hub.billing.cycle.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BillingCycleProperties.class)
class BillingCycleConfiguration {
}
