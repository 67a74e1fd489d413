package io.computility.hub.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A partner provider is changed only by the API client that registered it, or by an operator. */
@HubIntegrationTest
class PartnerOwnershipTest {

  @LocalServerPort
  int port;

  @Test
  void anotherClientCanNeitherReRegisterNorPushForAPartnersProvider() {
    HubClient hub = new HubClient(port);
    String partner = hub.clientCredentialsToken("partner-demo", "partner-demo-secret");
    String otherProvider = hub.deviceToken("provider-demo", "demo");
    String operator = hub.deviceToken("operator-demo", "demo");
    String providerId = "owned-" + System.nanoTime();
    String registration = """
        {"id": "%s", "name": "宁夏合作云", "owner": "Ningxia Partner Cloud", "kind": "CLOUD", "region": "640000",
         "pue": 1.25, "greenPowerShare": 0.4}""".formatted(providerId);
    String usage = """
        {"samples": [{"allocationRef": "srv-1", "unitHours": 2.5, "periodStart": "2026-11-27T00:00:00Z",
                      "periodEnd": "2026-11-27T01:00:00Z"}]}""";
    String usagePath = "/api/v1/partner/providers/" + providerId + "/usage";

    assertThat(hub.call("POST", "/api/v1/partner/providers", partner, registration, "en").statusCode())
        .isEqualTo(201);

    HttpResponse<String> foreignPush = hub.call("POST", usagePath, otherProvider, usage, "en", "push-1");
    assertThat(foreignPush.statusCode()).isEqualTo(403);
    JsonNode problem = HubClient.json(foreignPush);
    assertThat(problem.path("type").asText()).endsWith("/partner-not-owned");
    assertThat(problem.path("field").asText()).isEqualTo("providerId");
    assertThat(problem.path("title").asText()).isEqualTo("Provider belongs to another client");
    assertThat(hub.call("POST", "/api/v1/partner/providers", otherProvider, registration, "zh-CN").statusCode())
        .isEqualTo(403);

    assertThat(hub.call("POST", usagePath, partner, usage, "en", "push-2").statusCode()).isEqualTo(202);
    assertThat(hub.call("POST", usagePath, operator, usage, "en", "push-3").statusCode()).isEqualTo(202);
  }
}
