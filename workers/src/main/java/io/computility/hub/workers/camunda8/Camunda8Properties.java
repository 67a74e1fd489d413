package io.computility.hub.workers.camunda8;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the Camunda 8 runtime ({@code hub.camunda8.*}), used only when {@code hub.engine=camunda8}; they are
 * checked then, so a hub on the default engine starts whatever they say.
 *
 * <p>Per-topic job settings (timeout, retries, back-off, how many jobs at once) are the worker runtime's
 * {@code hub.workers.*} settings, so a worker behaves the same on either engine.
 *
 * @param restAddress the Orchestration Cluster REST API, e.g. {@code http://camunda:8080} (required with
 *     {@code hub.engine=camunda8})
 * @param grpcAddress the gRPC gateway; unused because the client prefers REST, but the client wants one, so it
 *     defaults to the REST host on port 26500
 * @param tenantId the tenant to deploy to, start in and take jobs from; {@code null} for the default tenant
 * @param auth how the client authenticates
 * @param pollInterval how long a job worker waits before polling again after an empty poll
 * @param requestTimeout how long one request (a job activation long poll included) may take
 * @param messageTimeToLive how long a published message waits for a subscription; zero (the default) delivers
 *     it only to an instance that waits for it now, as Operaton's correlation does
 * @param models where the converted models are found (Spring resource pattern); each is deployed at start
 */
@ConfigurationProperties("hub.camunda8")
public record Camunda8Properties(
    URI restAddress,
    URI grpcAddress,
    String tenantId,
    Auth auth,
    @DefaultValue("100ms") Duration pollInterval,
    @DefaultValue("20s") Duration requestTimeout,
    @DefaultValue("PT0S") Duration messageTimeToLive,
    @DefaultValue("classpath*:camunda8/*.bpmn") String models) {

  public Camunda8Properties {
    auth = auth == null ? new Auth(AuthMode.NONE, null, null, null, null, null) : auth;
  }

  /**
   * The gRPC address to hand the client: the configured one, else the REST host on port 26500.
   *
   * @throws IllegalStateException when the REST address is missing
   */
  URI effectiveGrpcAddress() {
    requireRestAddress();
    return grpcAddress != null ? grpcAddress
        : URI.create(restAddress.getScheme() + "://" + restAddress.getHost() + ":26500");
  }

  /** Fails unless the REST address is set; checked only when {@code hub.engine=camunda8}. */
  URI requireRestAddress() {
    if (restAddress == null) {
      throw new IllegalStateException("hub.camunda8.rest-address is required when hub.engine=camunda8");
    }
    return restAddress;
  }

  /** Which credentials the client sends. */
  public enum AuthMode {
    /** No credentials: a self-managed cluster with authentication off (development only). */
    NONE,
    /** OAuth 2.0 client credentials, as SaaS and an identity-protected self-managed cluster expect. */
    OAUTH
  }

  /**
   * Authentication of the client.
   *
   * @param mode {@code NONE} (default) or {@code OAUTH}
   * @param clientId the OAuth client id
   * @param clientSecret the OAuth client secret: set it only from the environment
   *     ({@code HUB_CAMUNDA8_AUTH_CLIENT_SECRET}), never in a file
   * @param tokenUrl the authorization server's token endpoint
   * @param audience the token audience the cluster expects (SaaS: {@code zeebe.camunda.io})
   * @param scope the scope to ask for, when the authorization server needs one
   */
  public record Auth(@DefaultValue("NONE") AuthMode mode, String clientId, String clientSecret, URI tokenUrl,
      String audience, String scope) {

    /** Fails unless OAuth has what it needs; checked only when {@code hub.engine=camunda8}. */
    void requireComplete() {
      if (mode == AuthMode.OAUTH && (clientId == null || clientSecret == null || tokenUrl == null)) {
        throw new IllegalStateException(
            "hub.camunda8.auth: mode OAUTH needs client-id, client-secret and token-url");
      }
    }
  }
}
