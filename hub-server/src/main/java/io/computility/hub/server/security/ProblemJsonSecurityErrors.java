package io.computility.hub.server.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.computility.hub.server.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/** Answers unauthenticated (401) and forbidden (403) API calls as problem+json, like every other API failure. */
@Component
class ProblemJsonSecurityErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

  private final Problems problems;
  private final LocaleResolver locales;
  private final ObjectMapper json;

  ProblemJsonSecurityErrors(Problems problems, LocaleResolver locales, ObjectMapper json) {
    this.problems = problems;
    this.locales = locales;
    this.json = json;
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response,
      AuthenticationException authException) throws IOException {
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated",
        "A valid bearer token from the hub's identity provider is required");
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response,
      AccessDeniedException accessDeniedException) throws IOException {
    write(request, response, HttpStatus.FORBIDDEN, "forbidden", "Your roles do not allow this call");
  }

  private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
      String detail) throws IOException {
    ProblemDetail problem = problems.of(status, type, detail, List.of(), locales.resolveLocale(request));
    problem.setInstance(URI.create(request.getRequestURI()));
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), problem);
  }
}
