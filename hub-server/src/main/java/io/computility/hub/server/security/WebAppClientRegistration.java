package io.computility.hub.server.security;

import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcScopes;

/**
 * The web apps' side of their single sign-on with the embedded identity provider. The browser is sent to the
 * provider by a relative URI, so it stays on whichever host it came by; the code is exchanged over loopback on the
 * port the server actually listens on, which is only known once it runs — hence built on first use.
 */
final class WebAppClientRegistration implements ClientRegistrationRepository {

  private final HubClients clients;
  private final Environment environment;
  private volatile ClientRegistration registration;

  WebAppClientRegistration(HubClients clients, Environment environment) {
    this.clients = clients;
    this.environment = environment;
  }

  @Override
  public ClientRegistration findByRegistrationId(String registrationId) {
    if (!HubClients.WEBAPP_CLIENT_ID.equals(registrationId)) {
      return null;
    }
    if (registration == null) {
      registration = build();
    }
    return registration;
  }

  private ClientRegistration build() {
    String loopback = "http://127.0.0.1:" + environment.getProperty("local.server.port", "8080")
        + environment.getProperty("server.servlet.context-path", "");
    return ClientRegistration.withRegistrationId(HubClients.WEBAPP_CLIENT_ID)
        .clientId(HubClients.WEBAPP_CLIENT_ID)
        .clientSecret(clients.webappClientSecret())
        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
        .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
        .scope(OidcScopes.OPENID, OidcScopes.PROFILE)
        .authorizationUri("/oauth2/authorize")
        .tokenUri(loopback + "/oauth2/token")
        .jwkSetUri(loopback + "/oauth2/jwks")
        .userNameAttributeName(IdTokenClaimNames.SUB)
        .clientName("Operaton")
        .build();
  }
}
