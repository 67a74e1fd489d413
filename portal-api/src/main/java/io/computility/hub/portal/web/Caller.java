package io.computility.hub.portal.web;

import java.security.Principal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who calls the portal API, read from the hub's JWT: the account (the token's subject, which is also the owner of
 * demands, orders, bills and the wallet) and whether it is an OPERATOR, who sees everyone's data.
 *
 * <p>Resolved as a controller parameter (see {@link PortalWebConfiguration}); hub-server's security chain has
 * already required a valid token on every portal path.
 */
public record Caller(String username, boolean operator) {

  /** The authority of the OPERATOR role, as hub-server maps the token's {@code roles} claim. */
  static final String OPERATOR_AUTHORITY = "ROLE_OPERATOR";

  /** The caller behind an authentication. */
  public static Caller of(Authentication authentication) {
    boolean operator = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .anyMatch(OPERATOR_AUTHORITY::equals);
    return new Caller(authentication.getName(), operator);
  }

  /** The caller behind a request's principal. */
  static Caller of(Principal principal) {
    if (principal instanceof Authentication authentication) {
      return of(authentication);
    }
    return new Caller(principal.getName(), false);
  }

  /** Whether this caller may see data owned by {@code owner}: its own, or anyone's for an operator. */
  public boolean maySee(String owner) {
    return operator || username.equals(owner);
  }

  /**
   * The owner a list is restricted to: the caller itself, or for an operator the {@code requested} owner ({@code null}
   * meaning everyone's).
   */
  public String ownerFilter(String requested) {
    return operator ? requested : username;
  }
}
