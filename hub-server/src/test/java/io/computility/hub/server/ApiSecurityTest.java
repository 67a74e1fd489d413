package io.computility.hub.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@HubIntegrationTest
class ApiSecurityTest {

  @LocalServerPort
  int port;

  @Autowired
  RuntimeService runtime;

  HubClient hub;

  @BeforeEach
  void connect() {
    hub = new HubClient(port);
  }

  @Test
  void partnerClientCredentialsTokenOpensTheApiAndTheEngineRestApi() {
    String token = hub.clientCredentialsToken("partner-demo", "partner-demo-secret");

    assertThat(token.split("\\.")).hasSize(3);
    HttpResponse<String> me = hub.get("/api/v1/me", token);
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(HubClient.json(me).path("roles").toString()).isEqualTo("[\"PARTNER\"]");
    assertThat(hub.get("/engine-rest/process-definition", token).statusCode()).isEqualTo(200);
  }

  @Test
  void withoutATokenTheApiAndTheEngineRestApiAnswer401ProblemJson() {
    for (String path : new String[] {"/api/v1/me", "/engine-rest/process-definition", "/engine-rest/task"}) {
      HttpResponse<String> response = hub.get(path, null);

      assertThat(response.statusCode()).as(path).isEqualTo(401);
      assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
          type -> assertThat(type).startsWith("application/problem+json"));
      assertThat(HubClient.json(response).path("type").asText()).endsWith("/unauthenticated");
    }
  }

  @Test
  void aForgedTokenIsRejected() {
    String token = hub.clientCredentialsToken("partner-demo", "partner-demo-secret");
    String forged = token.substring(0, token.length() - 4) + "AAAA";

    assertThat(hub.get("/api/v1/me", forged).statusCode()).isEqualTo(401);
  }

  @Test
  void aConsumerSignedInThroughTheDeviceGrantIsForbiddenOperatorEndpoints() {
    String consumer = hub.deviceToken("consumer-demo", "demo");

    JsonNode me = HubClient.json(hub.get("/api/v1/me", consumer));
    assertThat(me.path("name").asText()).isEqualTo("consumer-demo");
    assertThat(me.path("roles").toString()).isEqualTo("[\"CONSUMER\"]");
    assertThat(me.path("region").asText()).isEqualTo("110000");

    HttpResponse<String> forbidden = hub.call("GET", "/api/v1/accounts", consumer, null, "en");
    assertThat(forbidden.statusCode()).isEqualTo(403);
    assertThat(HubClient.json(forbidden).path("title").asText()).isEqualTo("Not allowed");
    assertThat(hub.call("GET", "/api/v1/scheduling/migrations", consumer, null, "en").statusCode()).isEqualTo(403);
  }

  @Test
  void anOperatorReachesOperatorEndpoints() {
    String operator = hub.deviceToken("operator-demo", "demo");

    HttpResponse<String> accounts = hub.get("/api/v1/accounts", operator);

    assertThat(accounts.statusCode()).isEqualTo(200);
    assertThat(accounts.body()).contains("support-demo", "reporter-demo", "regulator-demo");
    assertThat(hub.get("/api/v1/scheduling/migrations?status=MIGRATED", operator).statusCode()).isEqualTo(200);
  }

  @Test
  void anyoneSignedInBrowsesTheCatalogueOnlyConsumersAndOperatorsBuyAndPay() {
    String regulator = hub.deviceToken("regulator-demo", "demo");
    String partner = hub.clientCredentialsToken("partner-demo", "partner-demo-secret");
    String consumer = hub.deviceToken("consumer-demo", "demo");

    assertThat(hub.get("/api/v1/catalogue", null).statusCode()).isEqualTo(401);
    assertThat(hub.get("/api/v1/catalogue", regulator).statusCode()).isEqualTo(200);
    for (String path : new String[] {"/api/v1/demands", "/api/v1/orders", "/api/v1/wallet", "/api/v1/bills",
        "/api/v1/monthly-bills"}) {
      assertThat(hub.get(path, regulator).statusCode()).as(path).isEqualTo(403);
      assertThat(hub.get(path, partner).statusCode()).as(path).isEqualTo(403);
      assertThat(hub.get(path, consumer).statusCode()).as(path).isEqualTo(200);
    }
    // an order's evidence is the ledger's to guard: no portal role rule in front of it
    assertThat(hub.get("/api/v1/orders/no-such-order/evidence", regulator).statusCode()).isEqualTo(404);
  }

  @Test
  void workOrdersAreForConsumersAndBothSupportLinesTheUserCentreForAnyoneSignedIn() {
    String regulator = hub.deviceToken("regulator-demo", "demo");
    String provider = hub.deviceToken("provider-demo", "demo");

    assertThat(hub.get("/api/v1/work-orders", null).statusCode()).isEqualTo(401);
    assertThat(hub.get("/api/v1/work-orders", regulator).statusCode()).isEqualTo(403);
    assertThat(hub.get("/api/v1/work-orders", provider).statusCode()).isEqualTo(403);
    for (String user : new String[] {"consumer-demo", "support-demo", "support-l2-demo", "operator-demo"}) {
      assertThat(hub.get("/api/v1/work-orders", hub.deviceToken(user, "demo")).statusCode()).as(user).isEqualTo(200);
    }
    assertThat(hub.get("/api/v1/me/summary", null).statusCode()).isEqualTo(401);
    assertThat(hub.get("/api/v1/me/summary", regulator).statusCode()).isEqualTo(200);
  }

  @Test
  void healthAndTheOpenApiDocumentArePublicMetricsAreForOperators() {
    HttpResponse<String> health = hub.get("/actuator/health", null);
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(HubClient.json(health).path("status").asText()).isEqualTo("UP");
    assertThat(hub.get("/v3/api-docs", null).body()).contains("/api/v1/accounts");

    assertThat(hub.get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
    String partner = hub.clientCredentialsToken("partner-demo", "partner-demo-secret");
    assertThat(hub.get("/actuator/prometheus", partner).statusCode()).isEqualTo(403);
    HttpResponse<String> metrics = hub.get("/actuator/prometheus", hub.deviceToken("operator-demo", "demo"));
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("jvm_memory_used_bytes");
  }

  @Test
  void operatorsSeeEveryProcessInstanceThroughTheEngineRestApiOtherRolesOnlyWhatTheyMayRead() {
    String businessKey = "visibility-" + System.nanoTime();
    runtime.startProcessInstanceByKey("hello", businessKey, Map.of("name", "运营"));
    String query = "/engine-rest/history/process-instance/count?processInstanceBusinessKey=" + businessKey;

    assertThat(HubClient.json(hub.get(query, hub.deviceToken("operator-demo", "demo"))).path("count").asInt())
        .isEqualTo(1);
    assertThat(HubClient.json(hub.get(query, hub.clientCredentialsToken("partner-demo", "partner-demo-secret")))
        .path("count").asInt()).isZero();
  }
}
