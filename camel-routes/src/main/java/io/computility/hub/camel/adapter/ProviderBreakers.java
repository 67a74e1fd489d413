package io.computility.hub.camel.adapter;

import io.computility.hub.camel.CamelRoutesProperties;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * One Resilience4j circuit breaker per provider, shared by all of that provider's calls. An open breaker moves to
 * half-open on the first call after the open duration; one successful trial call closes it.
 */
@Component
public class ProviderBreakers {

  private final CircuitBreakerRegistry registry;

  ProviderBreakers(CamelRoutesProperties properties) {
    CamelRoutesProperties.Adapters adapters = properties.adapters();
    this.registry = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
        .slidingWindowSize(adapters.breakerWindow())
        .minimumNumberOfCalls(adapters.breakerMinimumCalls())
        .failureRateThreshold(adapters.breakerFailureRate())
        .waitDurationInOpenState(adapters.breakerOpenDuration())
        .permittedNumberOfCallsInHalfOpenState(1)
        .build());
  }

  CircuitBreaker forProvider(String providerId) {
    return registry.circuitBreaker(providerId);
  }

  /** The state of a provider's breaker, empty when no adapter calls it. */
  public Optional<CircuitBreaker.State> state(String providerId) {
    return registry.find(providerId).map(CircuitBreaker::getState);
  }
}
