package io.computility.hub.portal.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

/** Test callers: a JWT with the hub's claims, its {@code roles} mapped to {@code ROLE_*} as hub-server maps them. */
public final class Callers {

  private Callers() {
  }

  public static JwtRequestPostProcessor consumer(String username) {
    return caller(username, "CONSUMER");
  }

  public static JwtRequestPostProcessor operator() {
    return caller("operator-demo", "OPERATOR");
  }

  public static JwtRequestPostProcessor caller(String username, String role) {
    return jwt().jwt(token -> token.subject(username).claim("roles", List.of(role))).authorities(Callers::authorities);
  }

  static JwtAuthenticationConverter rolesConverter() {
    JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
    converter.setJwtGrantedAuthoritiesConverter(Callers::authorities);
    return converter;
  }

  private static Collection<GrantedAuthority> authorities(Jwt jwt) {
    List<GrantedAuthority> authorities = new ArrayList<>();
    List<String> roles = jwt.getClaimAsStringList("roles");
    if (roles != null) {
      roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
    }
    return authorities;
  }
}
