package io.computility.hub.server.security;

import io.computility.hub.server.identity.Role;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;

/**
 * Registers the hub's own OAuth2 clients at start-up: {@code operaton-webapp} (the web apps' single sign-on),
 * {@code hub-cli} (a person at a terminal, device grant) and, on the embedded default, {@code partner-demo}
 * (a partner platform, client credentials). Machine clients carry their roles, tenant and region as settings.
 */
@Component
@Order(0)
class HubClients implements ApplicationRunner {

  static final String WEBAPP_CLIENT_ID = "operaton-webapp";
  static final String CLI_CLIENT_ID = "hub-cli";
  static final String PARTNER_DEMO_CLIENT_ID = "partner-demo";
  /** The scope a token needs for the hub's APIs. */
  static final String API_SCOPE = "hub.api";

  private static final String ROLES_SETTING = "hub.roles";
  private static final String TENANT_SETTING = "hub.tenant";
  private static final String REGION_SETTING = "hub.region";
  private static final String NATION = "000000";

  private final RegisteredClientRepository clients;
  private final PasswordEncoder passwordEncoder;
  private final HubSecurityProperties properties;
  private final String webappClientSecret;

  HubClients(RegisteredClientRepository clients, PasswordEncoder passwordEncoder, HubSecurityProperties properties) {
    this.clients = clients;
    this.passwordEncoder = passwordEncoder;
    this.properties = properties;
    this.webappClientSecret = properties.webappClientSecret() != null
        ? properties.webappClientSecret() : randomSecret();
  }

  /** The web apps' client secret, for the client side of their single sign-on. */
  String webappClientSecret() {
    return webappClientSecret;
  }

  @Override
  public void run(ApplicationArguments args) {
    save(webappClient());
    save(cliClient());
    if (properties.seedDemoAccounts()) {
      save(partnerDemoClient());
    }
  }

  private void save(RegisteredClient client) {
    RegisteredClient existing = clients.findByClientId(client.getClientId());
    clients.save(existing == null ? client : RegisteredClient.from(client).id(existing.getId()).build());
  }

  private RegisteredClient webappClient() {
    RegisteredClient.Builder client = RegisteredClient.withId(WEBAPP_CLIENT_ID)
        .clientId(WEBAPP_CLIENT_ID)
        .clientName("Operaton 任务列表与运维台 / Operaton web apps")
        .clientSecret(passwordEncoder.encode(webappClientSecret))
        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
        .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
        // A loopback redirect matches on any port (RFC 8252), so one entry serves every local port.
        .redirectUri("http://127.0.0.1:8080/login/oauth2/code/" + WEBAPP_CLIENT_ID)
        .scope(OidcScopes.OPENID)
        .scope(OidcScopes.PROFILE)
        .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build());
    properties.webappRedirectUris().forEach(client::redirectUri);
    return client.build();
  }

  private RegisteredClient cliClient() {
    return RegisteredClient.withId(CLI_CLIENT_ID)
        .clientId(CLI_CLIENT_ID)
        .clientName("算力网命令行 / Hub command line")
        .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
        .authorizationGrantType(AuthorizationGrantType.DEVICE_CODE)
        .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
        .scope(API_SCOPE)
        .clientSettings(ClientSettings.builder().requireAuthorizationConsent(true).build())
        .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(properties.accessTokenTtl()).build())
        .build();
  }

  private RegisteredClient partnerDemoClient() {
    return RegisteredClient.withId(PARTNER_DEMO_CLIENT_ID)
        .clientId(PARTNER_DEMO_CLIENT_ID)
        .clientName("演示合作平台 / Demo partner platform")
        .clientSecret(passwordEncoder.encode("partner-demo-secret"))
        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
        .scope(API_SCOPE)
        .clientSettings(ClientSettings.builder()
            .setting(ROLES_SETTING, Role.PARTNER.name())
            .setting(TENANT_SETTING, PARTNER_DEMO_CLIENT_ID)
            .setting(REGION_SETTING, NATION)
            .build())
        .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(properties.accessTokenTtl()).build())
        .build();
  }

  static List<String> rolesOf(RegisteredClient client) {
    String roles = client.getClientSettings().getSetting(ROLES_SETTING);
    return roles == null ? List.of() : Arrays.stream(roles.split(",")).map(String::strip).toList();
  }

  static String tenantOf(RegisteredClient client) {
    String tenant = client.getClientSettings().getSetting(TENANT_SETTING);
    return tenant == null ? client.getClientId() : tenant;
  }

  static String regionOf(RegisteredClient client) {
    String region = client.getClientSettings().getSetting(REGION_SETTING);
    return region == null ? NATION : region;
  }

  private static String randomSecret() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
