package io.computility.hub.server.security;

import io.computility.hub.server.identity.Role;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The hub's APIs and the engine's REST API as OAuth2 resource servers: every call carries a JWT of the identity
 * provider; its {@code roles} claim becomes {@code ROLE_*} authorities and its scopes {@code SCOPE_*}. Modules guard
 * their endpoints with {@code @PreAuthorize}; rules that span modules are here.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class ApiSecurity {

  @Bean
  @Order(2)
  SecurityFilterChain apiChain(HttpSecurity http, ProblemJsonSecurityErrors errors) throws Exception {
    // Path patterns, not MVC matchers: /engine-rest is served by Jersey, outside Spring MVC's dispatcher.
    PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
    http.securityMatcher(new OrRequestMatcher(path.matcher("/api/**"), path.matcher("/engine-rest/**"),
            path.matcher("/actuator/**")))
        .authorizeHttpRequests(authorize -> authorize
            .requestMatchers(path.matcher("/actuator/health/**"), path.matcher("/actuator/health"),
                path.matcher("/actuator/info")).permitAll()
            .requestMatchers(path.matcher("/actuator/**")).hasRole(Role.OPERATOR.name())
            .requestMatchers(path.matcher("/api/v1/accounts/**"), path.matcher("/api/v1/accounts"))
            .hasRole(Role.OPERATOR.name())
            .requestMatchers(path.matcher("/api/v1/partner/**"))
            .hasAnyRole(Role.PARTNER.name(), Role.PROVIDER.name(), Role.OPERATOR.name())
            .requestMatchers(path.matcher("/api/v1/topology/**"), path.matcher("/api/v1/topology"))
            .hasAnyRole(Role.OPERATOR.name(), Role.REGULATOR.name())
            .requestMatchers(path.matcher("/api/v1/scheduling/**")).hasRole(Role.OPERATOR.name())
            // The portal: the catalogue for anyone signed in; buying and paying for consumers (their own data) and
            // operators (everyone's). An order's evidence stays the ledger's, which decides who may see it.
            .requestMatchers(path.matcher("/api/v1/catalogue/**")).authenticated()
            .requestMatchers(path.matcher("/api/v1/orders/{orderId}/evidence")).authenticated()
            .requestMatchers(path.matcher("/api/v1/demands/**"), path.matcher("/api/v1/orders/**"),
                path.matcher("/api/v1/wallet/**"), path.matcher("/api/v1/bills/**"),
                path.matcher("/api/v1/monthly-bills/**"))
            .hasAnyRole(Role.CONSUMER.name(), Role.OPERATOR.name())
            // Work orders: consumers open and follow their own; support (both lines) and operators answer everyone's.
            .requestMatchers(path.matcher("/api/v1/work-orders/**"))
            .hasAnyRole(Role.CONSUMER.name(), Role.SUPPORT.name(), Role.SUPPORT_L2.name(), Role.OPERATOR.name())
            .anyRequest().authenticated())
        .oauth2ResourceServer(resourceServer -> resourceServer
            .jwt(jwt -> jwt.jwtAuthenticationConverter(hubJwtAuthentication()))
            .authenticationEntryPoint(errors)
            .accessDeniedHandler(errors))
        .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(errors).accessDeniedHandler(errors))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(AbstractHttpConfigurer::disable);
    return http.build();
  }

  private static JwtAuthenticationConverter hubJwtAuthentication() {
    JwtGrantedAuthoritiesConverter scopes = new JwtGrantedAuthoritiesConverter();
    JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
    converter.setJwtGrantedAuthoritiesConverter(jwt -> authoritiesOf(jwt, scopes.convert(jwt)));
    return converter;
  }

  private static Collection<GrantedAuthority> authoritiesOf(Jwt jwt, Collection<GrantedAuthority> scopes) {
    List<GrantedAuthority> authorities = new ArrayList<>(scopes);
    List<String> roles = jwt.getClaimAsStringList(AuthorizationServerSecurity.ROLES_CLAIM);
    if (roles != null) {
      roles.forEach(role -> authorities.add(new SimpleGrantedAuthority(Role.AUTHORITY_PREFIX + role)));
    }
    return authorities;
  }
}
