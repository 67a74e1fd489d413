package io.computility.hub.server.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded identity provider and the resource servers.
 *
 * @param seedDemoAccounts seed one demo user per role and the {@code partner-demo} client (embedded default only)
 * @param webappClientSecret secret of the {@code operaton-webapp} client; random per start when not set, which is
 *     fine for one node — a cluster sets it from the environment
 * @param webappRedirectUris extra redirect URIs of the web apps' login, for hosts other than 127.0.0.1
 * @param accessTokenTtl how long an access token is valid
 */
@ConfigurationProperties("hub.security")
public record HubSecurityProperties(
    @DefaultValue("false") boolean seedDemoAccounts,
    String webappClientSecret,
    @DefaultValue List<String> webappRedirectUris,
    @DefaultValue("PT1H") Duration accessTokenTtl) {
}
