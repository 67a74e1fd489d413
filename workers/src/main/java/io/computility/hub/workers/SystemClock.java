package io.computility.hub.workers;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The hub's one clock: time-dependent logic takes it, so tests can fix or move time with a clock of their own. */
@Configuration(proxyBeanMethods = false)
class SystemClock {

  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.systemDefaultZone();
  }
}
