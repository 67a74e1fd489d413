package io.computility.hub.indicators;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling the monitoring API, read from the hub's JWT: the username, roles, tenant and region
 * (a GB/T 2260 code; {@code 000000} is the nation). Data scoping is decided from this alone.
 */
public record Caller(String username, Set<String> roles, String tenant, String region) {

  /** The caller behind a resource-server authentication. */
  public static Caller of(JwtAuthenticationToken token) {
    Set<String> roles = token.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .filter(authority -> authority.startsWith("ROLE_"))
        .map(authority -> authority.substring("ROLE_".length()))
        .collect(Collectors.toUnmodifiableSet());
    String region = token.getToken().getClaimAsString("region");
    return new Caller(token.getName(), roles, token.getToken().getClaimAsString("tenant"),
        region == null ? "" : region);
  }

  /** An internal caller (a worker or the engine) that sees everything. */
  public static Caller system(String name) {
    return new Caller(name, Set.of("OPERATOR"), "platform", "000000");
  }

  public boolean is(String role) {
    return roles.contains(role);
  }

  /** Operators see every unit; regulators see their region; reporters only their own units. */
  public boolean seesAllRegions() {
    return is("OPERATOR") || (is("REGULATOR") && "000000".equals(region));
  }

  public List<String> roleList() {
    return roles.stream().sorted().toList();
  }
}
