package io.computility.hub.server.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.stereotype.Component;

/**
 * Keeps the identity provider's sign-in apart from the web apps' in the browser session. With one shared key, the
 * login page would sign the browser straight into Tasklist as a form-login user and the page it asked for would be
 * lost; with separate keys the web apps complete a proper OpenID Connect login against the provider.
 */
@Component
class IdentityProviderSession {

  private static final String CONTEXT_KEY = "HUB_IDP_SECURITY_CONTEXT";
  private static final String SAVED_REQUEST_KEY = "HUB_IDP_SAVED_REQUEST";

  private final HttpSessionSecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();
  private final HttpSessionRequestCache requestCache = new HttpSessionRequestCache();

  IdentityProviderSession() {
    contextRepository.setSpringSecurityContextKey(CONTEXT_KEY);
    requestCache.setSessionAttrName(SAVED_REQUEST_KEY);
  }

  /** Makes a filter chain of the identity provider keep its sign-in and saved request under the provider's keys. */
  void applyTo(HttpSecurity http) throws Exception {
    http.securityContext(context -> context.securityContextRepository(contextRepository))
        .requestCache(cache -> cache.requestCache(requestCache));
  }
}
