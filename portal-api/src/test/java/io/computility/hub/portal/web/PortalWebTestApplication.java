package io.computility.hub.portal.web;

import org.apache.ibatis.annotations.Mapper;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The Spring test application of the portal's HTTP API (database {@code hub_test_portal_web}, profile
 * {@code portal-web}): every module on the portal's classpath as the hub assembles them, with the embedded engine,
 * behind a resource-server chain that maps the {@code roles} claim as hub-server does, with method security (the
 * controllers' {@code @PreAuthorize}) on as there. Tests authenticate with
 * {@code spring-security-test}'s {@code jwt()} ({@link Callers}); no token is decoded.
 *
 * <p>{@code @TestComponent} and the exclusion of other {@code @SpringBootConfiguration}s keep this module's test
 * applications out of each other's scans.
 */
@TestComponent
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = "io.computility.hub", excludeFilters = {
    @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
    @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = SpringBootConfiguration.class)})
@ConfigurationPropertiesScan("io.computility.hub")
@MapperScan(basePackages = "io.computility.hub", annotationClass = Mapper.class)
@EnableMethodSecurity
public class PortalWebTestApplication {

  @Bean
  SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
        .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(Callers.rolesConverter())))
        .csrf(AbstractHttpConfigurer::disable);
    return http.build();
  }

  @Bean
  JwtDecoder jwtDecoder() {
    return token -> {
      throw new BadJwtException("Tests authenticate with jwt(), never with a bearer token");
    };
  }

  /** The bundles of the modules present; hub-server assembles every module's in production. */
  @Bean
  MessageSource messageSource() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasenames("i18n/portal", "i18n/workers", "i18n/camel");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }
}
