package io.computility.hub.server.security;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.computility.hub.server.identity.AccountDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * The embedded identity provider (Spring Authorization Server): OAuth2 and OpenID Connect endpoints, the device
 * authorization grant for people at a terminal, and tokens that carry the caller's roles, tenant and region.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerSecurity {

  /** Claims every hub token carries besides the standard ones. */
  static final String ROLES_CLAIM = "roles";
  static final String TENANT_CLAIM = "tenant";
  static final String REGION_CLAIM = "region";

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  SecurityFilterChain authorizationServerChain(HttpSecurity http, RegisteredClientRepository clients,
      IdentityProviderSession idpSession) throws Exception {
    OAuth2AuthorizationServerConfigurer authorizationServer = OAuth2AuthorizationServerConfigurer.authorizationServer();
    http.securityMatcher(authorizationServer.getEndpointsMatcher())
        .with(authorizationServer, server -> server
            .oidc(Customizer.withDefaults())
            .clientAuthentication(clientAuthentication -> clientAuthentication
                .authenticationConverter(new PublicDeviceClientAuthenticationConverter())
                .authenticationProvider(new PublicDeviceClientAuthenticationProvider(clients))))
        .authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
        .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
            new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
        .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()));
    idpSession.applyTo(http);
    return http.build();
  }

  @Bean
  RegisteredClientRepository registeredClientRepository(JdbcOperations jdbc) {
    return new JdbcRegisteredClientRepository(jdbc);
  }

  @Bean
  OAuth2AuthorizationService oauth2AuthorizationService(JdbcOperations jdbc, RegisteredClientRepository clients) {
    return new JdbcOAuth2AuthorizationService(jdbc, clients);
  }

  @Bean
  OAuth2AuthorizationConsentService oauth2AuthorizationConsentService(JdbcOperations jdbc,
      RegisteredClientRepository clients) {
    return new JdbcOAuth2AuthorizationConsentService(jdbc, clients);
  }

  @Bean
  AuthorizationServerSettings authorizationServerSettings() {
    return AuthorizationServerSettings.builder().build();
  }

  @Bean
  JwtDecoder jwtDecoder(JWKSource<SecurityContext> signingKeys) {
    // From the key itself, not from issuer discovery: discovery at start-up would call this very application.
    return OAuth2AuthorizationServerConfiguration.jwtDecoder(signingKeys);
  }

  /**
   * Puts the caller's roles, tenant and region into access and ID tokens: from the account for a person, from the
   * client's registration for a machine client.
   */
  @Bean
  OAuth2TokenCustomizer<JwtEncodingContext> hubTokenClaims(AccountDirectory directory) {
    return context -> {
      boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
      boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
      if (!accessToken && !idToken) {
        return;
      }
      if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
        RegisteredClient client = context.getRegisteredClient();
        context.getClaims().claims(claims -> {
          claims.put(ROLES_CLAIM, HubClients.rolesOf(client));
          claims.put(TENANT_CLAIM, HubClients.tenantOf(client));
          claims.put(REGION_CLAIM, HubClients.regionOf(client));
        });
        return;
      }
      directory.find(context.getPrincipal().getName()).ifPresent(account ->
          context.getClaims().claims(claims -> {
            claims.put(ROLES_CLAIM, account.roles().stream().map(Enum::name).sorted().toList());
            claims.put(TENANT_CLAIM, account.tenant());
            claims.put(REGION_CLAIM, account.regionCode());
            claims.put("name", account.displayName());
          }));
    };
  }
}
