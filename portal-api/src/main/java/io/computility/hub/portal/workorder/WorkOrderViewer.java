package io.computility.hub.portal.workorder;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who looks at work orders: a requester sees its own; support staff of either line and operators ({@code staff})
 * see and answer everyone's.
 */
record WorkOrderViewer(String username, boolean staff) {

  private static final Set<String> STAFF_AUTHORITIES = Set.of("ROLE_SUPPORT", "ROLE_SUPPORT_L2", "ROLE_OPERATOR");

  static WorkOrderViewer of(Authentication authentication) {
    boolean staff = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .anyMatch(STAFF_AUTHORITIES::contains);
    return new WorkOrderViewer(authentication.getName(), staff);
  }

  /** Whether this viewer may see a work order opened by {@code requesterId}. */
  boolean maySee(String requesterId) {
    return staff || username.equals(requesterId);
  }

  /** The requester a list is restricted to: the viewer itself, or for staff the {@code requested} one (or all). */
  String requesterFilter(String requested) {
    return staff ? requested : username;
  }
}
