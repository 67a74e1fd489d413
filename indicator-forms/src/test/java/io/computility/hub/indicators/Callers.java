package io.computility.hub.indicators;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.List;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

/** Test callers: a JWT with the hub's claims, authorities mapped as hub-server maps them. */
public final class Callers {

  private Callers() {
  }

  public static JwtRequestPostProcessor caller(String username, String role, String tenant, String region) {
    return jwt().jwt(token -> token.subject(username).claim("roles", List.of(role)).claim("tenant", tenant)
            .claim("region", region))
        .authorities(IndicatorsTestApplication.TestJwt::authorities);
  }

  public static JwtRequestPostProcessor operator() {
    return caller("operator-demo", "OPERATOR", "platform", "000000");
  }

  public static JwtRequestPostProcessor regulator(String region) {
    return caller("regulator-" + region, "REGULATOR", "regulator-" + region, region);
  }

  public static JwtRequestPostProcessor reporter(String username, String region) {
    return caller(username, "REPORTER", username, region);
  }
}
