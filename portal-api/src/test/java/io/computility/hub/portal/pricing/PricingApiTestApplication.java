package io.computility.hub.portal.pricing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.mybatis.spring.annotation.MapperScan;
import org.operaton.bpm.spring.boot.starter.OperatonBpmAutoConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The Spring test application of the coupon and price-plan APIs (profile {@code pricing}, database
 * {@code hub_test_pricing}): the money side of workers (billing, coupons, metering, wallet) on MariaDB without the
 * engine, and these two APIs behind a resource-server chain that maps the {@code roles} claim to {@code ROLE_*} as
 * hub-server does. Tests authenticate with {@code spring-security-test}'s {@code jwt()}; no token is decoded.
 *
 * <p>{@code @TestComponent} and the exclusion of other {@code @SpringBootConfiguration}s keep this module's test
 * applications out of each other's scans.
 */
@TestComponent
@SpringBootConfiguration
@EnableAutoConfiguration(exclude = OperatonBpmAutoConfiguration.class)
@ComponentScan(basePackages = {"io.computility.hub.workers.billing", "io.computility.hub.workers.metering",
    "io.computility.hub.workers.wallet", "io.computility.hub.portal.coupon", "io.computility.hub.portal.pricing"},
    excludeFilters = {
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = SpringBootConfiguration.class),
        // the monthly billing cycle (and what builds on it) drives processes; this application has no engine
        @ComponentScan.Filter(type = FilterType.REGEX,
            pattern = "io\\.computility\\.hub\\.workers\\.billing\\.(cycle|statement|reconciliation)\\..*")})
@MapperScan(basePackages = {"io.computility.hub.workers.billing", "io.computility.hub.workers.metering",
    "io.computility.hub.workers.wallet"}, annotationClass = Mapper.class)
public class PricingApiTestApplication {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
    JwtAuthenticationConverter roles = new JwtAuthenticationConverter();
    roles.setJwtGrantedAuthoritiesConverter(PricingApiTestApplication::authorities);
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
        .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(roles)))
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
    messages.setBasenames("i18n/portal", "i18n/workers");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }

  /** The token's {@code roles} claim as {@code ROLE_*} authorities, as hub-server maps them. */
  static Collection<GrantedAuthority> authorities(Jwt jwt) {
    List<GrantedAuthority> authorities = new ArrayList<>();
    List<String> roles = jwt.getClaimAsStringList("roles");
    if (roles != null) {
      roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
    }
    return authorities;
  }
}
