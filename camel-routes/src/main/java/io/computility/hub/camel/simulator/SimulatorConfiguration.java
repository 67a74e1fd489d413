package io.computility.hub.camel.simulator;

import io.computility.hub.camel.CamelRoutesProperties;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The built-in provider simulator, for the embedded default only ({@code hub.camel.simulator.enabled}). It serves
 * the simulated providers under {@code /simulator/<provider>/…} in exactly the dialects the adapters speak.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "hub.camel.simulator.enabled", havingValue = "true")
class SimulatorConfiguration implements WebMvcConfigurer {

  private final SimulatorState state;

  SimulatorConfiguration(Clock clock, CamelRoutesProperties properties) {
    this.state = new SimulatorState(SimulatorCatalogue.PROVIDERS, clock, properties.simulator());
  }

  @Bean
  SimulatorState simulatorState() {
    return state;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new SimulatedFaults(state)).addPathPatterns("/simulator/**")
        .excludePathPatterns("/simulator/*/_faults");
  }
}
