package io.computility.hub.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;

/**
 * The {@code Idempotency-Key} of every state-changing portal call, in one place rather than in each controller, so
 * that no endpoint can forget it and every one behaves alike:
 *
 * <ul>
 *   <li>no key: 400 naming the header;
 *   <li>a new key: the key is claimed (in its own transaction) before the controller runs; a successful (2xx)
 *       response is stored for the caller and key; any other outcome gives the key up again, since a failed call
 *       had no effect and a corrected repeat should run;
 *   <li>a repeat of a completed call: the stored response again, marked {@code Idempotent-Replayed: true}, and the
 *       controller does not run;
 *   <li>the same key with another method, path or body: 422; a repeat while the first call still runs: 409.
 * </ul>
 *
 * <p>It runs inside the dispatcher, after security, so the caller is known and its problems are rendered and
 * localised like every other; {@link IdempotencyFilter} makes the request body and the response readable for it.
 */
@Component
class IdempotencyInterceptor implements HandlerInterceptor {

  /** Marks a replayed response. */
  static final String REPLAYED_HEADER = "Idempotent-Replayed";

  private static final String CLAIM = IdempotencyInterceptor.class.getName() + ".claim";

  private final IdempotencyKeys keys;

  IdempotencyInterceptor(IdempotencyKeys keys) {
    this.keys = keys;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!PortalPaths.isStateChanging(request.getMethod(), path)) {
      return true;
    }
    String key = request.getHeader(IdempotencyKeys.HEADER);
    if (key == null || key.isBlank()) {
      throw new PortalProblem.MissingIdempotencyKey();
    }
    if (key.length() > IdempotencyKeys.MAX_KEY_LENGTH) {
      throw new PortalProblem.InvalidParameter(IdempotencyKeys.HEADER, key.substring(0, 20) + "…",
          "must be at most " + IdempotencyKeys.MAX_KEY_LENGTH + " characters long");
    }
    IdempotencyFilter.CachedBodyRequest body = WebUtils.getNativeRequest(request,
        IdempotencyFilter.CachedBodyRequest.class);
    if (body == null) {
      throw new IllegalStateException("IdempotencyFilter did not wrap " + request.getMethod() + " " + path);
    }
    String caller = callerOf(request);
    String pathAndQuery = request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    String fingerprint = IdempotencyKeys.fingerprint(request.getMethod(), pathAndQuery, body.body());
    IdempotentCall first = keys.claim(caller, key, request.getMethod(), path, fingerprint);
    if (first != null) {
      replay(first, response);
      return false;
    }
    request.setAttribute(CLAIM, new Claim(caller, key));
    return true;
  }

  @Override
  public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
      Exception failure) {
    if (!(request.getAttribute(CLAIM) instanceof Claim claim)) {
      return;
    }
    ContentCachingResponseWrapper sent = WebUtils.getNativeResponse(response, ContentCachingResponseWrapper.class);
    HttpStatus status = HttpStatus.resolve(response.getStatus());
    if (failure != null || sent == null || status == null || !status.is2xxSuccessful()) {
      keys.release(claim.caller(), claim.key());
      return;
    }
    keys.complete(claim.caller(), claim.key(), status.value(), response.getContentType(),
        response.getHeader(HttpHeaders.LOCATION), sent.getContentAsByteArray());
  }

  private static void replay(IdempotentCall first, HttpServletResponse response) throws IOException {
    response.setStatus(first.responseStatus());
    response.setHeader(REPLAYED_HEADER, "true");
    if (first.responseType() != null) {
      response.setContentType(first.responseType());
    }
    if (first.responseLocation() != null) {
      response.setHeader(HttpHeaders.LOCATION, first.responseLocation());
    }
    if (first.responseBody() != null) {
      response.getOutputStream().write(first.responseBody());
    }
  }

  private static String callerOf(HttpServletRequest request) {
    Principal principal = request.getUserPrincipal();
    if (principal == null) {
      // hub-server's security requires a token on every portal path; without one there is no one to scope keys to
      throw new IllegalStateException("No authenticated caller on " + request.getRequestURI());
    }
    return principal.getName();
  }

  private record Claim(String caller, String key) {
  }
}
