package io.computility.hub.server.identity;

import java.util.List;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is, as the hub sees it from the token: any signed-in caller. */
@RestController
class MeController {

  @GetMapping("/api/v1/me")
  Me me(JwtAuthenticationToken token) {
    return new Me(token.getName(), Role.namesOf(token.getAuthorities()), token.getToken().getClaimAsString("tenant"),
        token.getToken().getClaimAsString("region"), token.getToken().getClaimAsStringList("scope"));
  }

  /** The caller's identity. */
  record Me(String name, List<String> roles, String tenant, String region, List<String> scopes) {
  }
}
