package io.computility.hub.server.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.util.StringUtils;

/**
 * Reads the client id of a public client (no secret) from device authorization and device token requests. Spring
 * Authorization Server accepts secret-less clients only for PKCE; {@code hub-cli} runs in a terminal and has no
 * secret to keep.
 */
final class PublicDeviceClientAuthenticationConverter implements AuthenticationConverter {

  private static final String DEVICE_AUTHORIZATION_ENDPOINT = "/oauth2/device_authorization";

  @Override
  public Authentication convert(HttpServletRequest request) {
    if (!isDeviceAuthorizationRequest(request) && !isDeviceTokenRequest(request)) {
      return null;
    }
    String[] clientIds = request.getParameterValues(OAuth2ParameterNames.CLIENT_ID);
    if (clientIds == null || clientIds.length != 1 || !StringUtils.hasText(clientIds[0])) {
      throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_REQUEST);
    }
    return new OAuth2ClientAuthenticationToken(clientIds[0], ClientAuthenticationMethod.NONE, null, null);
  }

  private static boolean isDeviceAuthorizationRequest(HttpServletRequest request) {
    return HttpMethod.POST.matches(request.getMethod())
        && DEVICE_AUTHORIZATION_ENDPOINT.equals(request.getRequestURI().substring(request.getContextPath().length()))
        && request.getParameter(OAuth2ParameterNames.CLIENT_ID) != null
        && request.getHeader("Authorization") == null;
  }

  private static boolean isDeviceTokenRequest(HttpServletRequest request) {
    return AuthorizationGrantType.DEVICE_CODE.getValue().equals(request.getParameter(OAuth2ParameterNames.GRANT_TYPE))
        && request.getParameter(OAuth2ParameterNames.DEVICE_CODE) != null
        && request.getParameter(OAuth2ParameterNames.CLIENT_ID) != null
        && request.getHeader("Authorization") == null;
  }
}
