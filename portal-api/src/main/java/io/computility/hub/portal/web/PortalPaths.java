package io.computility.hub.portal.web;

import java.util.List;
import java.util.Set;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/** The portal API's paths and which calls on them change state (and so need an {@code Idempotency-Key}). */
final class PortalPaths {

  /** Every path the portal serves. */
  static final List<String> PATTERNS = List.of("/api/v1/catalogue/**", "/api/v1/demands/**", "/api/v1/orders/**",
      "/api/v1/wallet/**", "/api/v1/bills/**", "/api/v1/monthly-bills/**", "/api/v1/work-orders/**");

  private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
  private static final List<PathPattern> PARSED = PATTERNS.stream().map(PathPatternParser.defaultInstance::parse)
      .toList();

  private PortalPaths() {
  }

  /** Whether a call with this method on this path (without context path) changes the portal's state. */
  static boolean isStateChanging(String method, String path) {
    if (!STATE_CHANGING.contains(method)) {
      return false;
    }
    PathContainer container = PathContainer.parsePath(path);
    return PARSED.stream().anyMatch(pattern -> pattern.matches(container));
  }
}
