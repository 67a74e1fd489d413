package io.computility.hub.indicators;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Primary;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
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
 * The one Spring test context of this module: the monitoring layer on MariaDB with the embedded engine, the
 * workers, and a resource-server chain that maps the {@code roles} claim to {@code ROLE_*} as hub-server does.
 * Tests authenticate with {@code spring-security-test}'s {@code jwt()}, so no token is ever decoded.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@EnableMethodSecurity
@ComponentScan("io.computility.hub")
@MapperScan(basePackages = "io.computility.hub", annotationClass = Mapper.class)
public class IndicatorsTestApplication {

  /** UTC, whatever the machine's zone: periods and due dates in the tests are written in UTC. */
  @Bean
  AcceptedEvidence acceptedEvidence() {
    return new AcceptedEvidence();
  }

  @Bean
  @Primary
  Clock utcClock() {
    return Clock.systemUTC();
  }

  @Bean
  SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
        .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(rolesConverter())))
        .csrf(AbstractHttpConfigurer::disable);
    return http.build();
  }

  @Bean
  JwtDecoder jwtDecoder() {
    return token -> {
      throw new BadJwtException("Tests authenticate with jwt(), never with a bearer token");
    };
  }

  /** hub-server's mapping: each entry of the {@code roles} claim becomes {@code ROLE_<role>}. */
  public static JwtAuthenticationConverter rolesConverter() {
    JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
    converter.setJwtGrantedAuthoritiesConverter(TestJwt::authorities);
    return converter;
  }

  /** Builds the authorities of a test JWT the way the hub does. */
  public static final class TestJwt {
    private TestJwt() {
    }

    public static Collection<GrantedAuthority> authorities(Jwt jwt) {
      List<GrantedAuthority> authorities = new ArrayList<>();
      List<String> roles = jwt.getClaimAsStringList("roles");
      if (roles != null) {
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
      }
      return authorities;
    }
  }
}
