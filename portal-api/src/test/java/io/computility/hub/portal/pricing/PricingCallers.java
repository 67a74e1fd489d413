package io.computility.hub.portal.pricing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.List;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

/** Test callers of the coupon and price-plan APIs: a JWT with the hub's {@code roles} claim. */
public final class PricingCallers {

  private PricingCallers() {
  }

  public static JwtRequestPostProcessor consumer(String username) {
    return caller(username, "CONSUMER");
  }

  public static JwtRequestPostProcessor operator() {
    return caller("operator-demo", "OPERATOR");
  }

  private static JwtRequestPostProcessor caller(String username, String role) {
    return jwt().jwt(token -> token.subject(username).claim("roles", List.of(role)))
        .authorities(PricingApiTestApplication::authorities);
  }
}
