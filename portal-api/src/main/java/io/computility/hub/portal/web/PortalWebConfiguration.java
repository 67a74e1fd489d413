package io.computility.hub.portal.web;

import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Wires the portal's shared web pieces into Spring MVC: the {@code Idempotency-Key} interceptor on the portal's
 * paths, and the {@link PageQuery} and {@link Caller} controller parameters.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PortalProperties.class)
@EnableScheduling
class PortalWebConfiguration implements WebMvcConfigurer {

  private final IdempotencyInterceptor idempotency;
  private final PortalProperties properties;

  PortalWebConfiguration(IdempotencyInterceptor idempotency, PortalProperties properties) {
    this.idempotency = idempotency;
    this.properties = properties;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(idempotency).addPathPatterns(PortalPaths.PATTERNS);
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new PageQueryResolver(properties.paging()));
    resolvers.add(new CallerResolver());
  }
}
