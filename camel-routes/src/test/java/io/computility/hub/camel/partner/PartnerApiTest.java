package io.computility.hub.camel.partner;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.computility.hub.camel.CamelRoutesTest;
import io.computility.hub.camel.RemoteProviderStubs;
import io.computility.hub.camel.adapter.ProviderConnections;
import io.computility.hub.camel.adapter.ProviderGateway;
import io.computility.hub.camel.resource.AdmissionStatus;
import io.computility.hub.camel.resource.ProviderKind;
import io.computility.hub.camel.resource.ResourceInventory;
import io.computility.hub.camel.resource.ResourcePool;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

@CamelRoutesTest
class PartnerApiTest {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };

  @Autowired
  TestRestTemplate http;

  @Autowired
  ResourceInventory inventory;

  @Autowired
  ProviderConnections connections;

  @Autowired
  ProviderGateway gateway;

  @Autowired
  CamelContext camel;

  private final String providerId = "nx-" + UUID.randomUUID().toString().substring(0, 8);

  private ResponseEntity<Map<String, Object>> send(HttpMethod method, String path, String body, String key) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (key != null) {
      headers.set("Idempotency-Key", key);
    }
    return http.exchange(path, method, new HttpEntity<>(body, headers), JSON);
  }

  private ResponseEntity<Map<String, Object>> register(String region) {
    return send(HttpMethod.POST, "/api/v1/partner/providers", """
        {"id": "%s", "name": "中卫云 宁夏", "owner": "Zhongwei Cloud", "kind": "CLOUD", "region": "%s",
         "pue": 1.15, "greenPowerShare": 0.8}""".formatted(providerId, region), null);
  }

  private static String pool(String id, String spec, int total, int remaining) {
    return """
        {"externalId": "%s", "kind": "INTELLIGENT", "zone": "zw-1", "spec": "%s", "totalUnits": %d,
         "remainingUnits": %d, "priceFenPerUnitHour": 6400, "currency": "CNY"}""".formatted(id, spec, total,
        remaining);
  }

  private List<ResourcePool> pools() {
    return inventory.pools().stream().filter(pool -> pool.providerId().equals(providerId)).toList();
  }

  @Test
  void registersAPendingProviderAndRejectsABadRegionNamingTheField() {
    ResponseEntity<Map<String, Object>> bad = register("NX");
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(bad.getBody()).containsEntry("field", "region")
        .containsEntry("type", "https://computility.hub/problems/invalid-partner-request");
    assertThat(inventory.provider(providerId)).isEmpty();

    ResponseEntity<Map<String, Object>> created = register("640000");
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(inventory.provider(providerId)).get().extracting(p -> p.admissionStatus())
        .isEqualTo(AdmissionStatus.PENDING);
    assertThat(register("640000").getStatusCode()).isEqualTo(HttpStatus.OK);

    ResponseEntity<Map<String, Object>> otherKind = send(HttpMethod.POST, "/api/v1/partner/providers", """
        {"id": "%s", "name": "中卫云 宁夏", "owner": "Zhongwei Cloud", "kind": "NETWORK", "region": "640000",
         "pue": 1.15, "greenPowerShare": 0.8}""".formatted(providerId), null);
    assertThat(otherKind.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(otherKind.getBody()).containsEntry("field", "kind");
    assertThat(inventory.provider(providerId)).get().extracting(p -> p.kind()).isEqualTo(ProviderKind.CLOUD);
  }

  @Test
  void appliesAnInventoryPushOnceAndRejectsUnknownSpecsChangingNothing() {
    register("640000");
    String first = "{\"pools\": [" + pool("a800", "8 × A800-80G", 10, 6) + "]}";

    ResponseEntity<Map<String, Object>> applied = send(HttpMethod.PUT,
        "/api/v1/partner/providers/" + providerId + "/inventory", first, "push-1");
    assertThat(applied.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(applied.getBody()).containsEntry("duplicate", false);
    assertThat(pools()).singleElement().satisfies(pool -> {
      assertThat(pool.remainingUnits()).isEqualTo(6);
      assertThat(pool.tags()).contains("energy:green", "energy:low-pue", "province:640000");
    });

    String changed = "{\"pools\": [" + pool("a800", "8 × A800-80G", 10, 2) + "]}";
    ResponseEntity<Map<String, Object>> repeated = send(HttpMethod.PUT,
        "/api/v1/partner/providers/" + providerId + "/inventory", changed, "push-1");
    assertThat(repeated.getBody()).containsEntry("duplicate", true);
    assertThat(pools()).singleElement().extracting(ResourcePool::remainingUnits).isEqualTo(6);

    String unknown = "{\"pools\": [" + pool("a800", "8 × A800-80G", 10, 1) + ","
        + pool("b200", "8 × B200", 4, 4) + "]}";
    ResponseEntity<Map<String, Object>> rejected = send(HttpMethod.PUT,
        "/api/v1/partner/providers/" + providerId + "/inventory", unknown, "push-2");
    assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(rejected.getBody()).containsEntry("field", "pools[1].spec");
    assertThat((String) rejected.getBody().get("detail")).contains("8 × B200");
    assertThat(pools()).singleElement().extracting(ResourcePool::remainingUnits).isEqualTo(6);

    String inconsistent = "{\"pools\": [" + pool("a800", "8 × A800-80G", 10, 11) + "]}";
    assertThat(send(HttpMethod.PUT, "/api/v1/partner/providers/" + providerId + "/inventory", inconsistent,
        "push-3").getBody()).containsEntry("field", "pools[0].remainingUnits");
    String missing = "{\"pools\": [{\"externalId\": \"x\", \"kind\": \"INTELLIGENT\", \"totalUnits\": 1,"
        + " \"remainingUnits\": 1, \"priceFenPerUnitHour\": 1, \"currency\": \"CNY\"}]}";
    assertThat(send(HttpMethod.PUT, "/api/v1/partner/providers/" + providerId + "/inventory", missing,
        "push-4").getBody()).containsEntry("field", "pools[0].spec");
    assertThat(send(HttpMethod.PUT, "/api/v1/partner/providers/" + providerId + "/inventory", first, null)
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(pools()).singleElement().extracting(ResourcePool::remainingUnits).isEqualTo(6);
  }

  @Test
  void pullsFromAnAdmittedPartnerWithAnApi() {
    WireMockServer wireMock = RemoteProviderStubs.server();
    String base = "http://127.0.0.1:" + wireMock.port() + "/" + providerId;
    send(HttpMethod.POST, "/api/v1/partner/providers", """
        {"id": "%s", "name": "Partner cloud", "owner": "Partner Co.", "kind": "CLOUD", "region": "330000",
         "baseUrl": "%s", "pue": 1.3, "greenPowerShare": 0.1}""".formatted(providerId, base), null);
    wireMock.stubFor(get(urlPathEqualTo("/" + providerId + "/v2.1/flavors/detail")).willReturn(okJson("""
        {"flavors": [{"id": "g1", "spec": "8 × L20", "resource_kind": "INTELLIGENT", "total": 4, "available": 4,
          "price": {"fen_per_hour": 3600, "currency": "CNY"}}], "flavors_links": []}""")));
    assertThatThrownBy(() -> connections.connect(providerId)).isInstanceOf(IllegalStateException.class);

    inventory.changeAdmission(providerId, AdmissionStatus.ADMITTED);
    assertThat(connections.connect(providerId)).isTrue();
    assertThat(connections.connect(providerId)).isTrue();

    assertThat(gateway.syncInventory(providerId)).singleElement()
        .satisfies(pool -> assertThat(pool.admissionClass()).isEqualTo("INTELLIGENT_CLUSTER"));
    assertThat(camel.getRoute(providerId + "-poll")).isNotNull();
    assertThat(inventory.listedProducts()).extracting(product -> product.poolId()).contains(providerId + ":g1");
    assertThat(inventory.admissionHistory(providerId)).extracting(ResourceInventory.AdmissionChange::status,
            ResourceInventory.AdmissionChange::event)
        .containsExactly(tuple(AdmissionStatus.PENDING, "REGISTERED"),
            tuple(AdmissionStatus.ADMITTED, "DECIDED"));
  }

  @Test
  void recordsUsageAndRefusesPeriodsThatEndBeforeTheyStart() {
    register("640000");
    String usage = """
        {"samples": [{"allocationRef": "srv-9", "unitHours": 4.5, "periodStart": "2026-11-27T00:00:00Z",
                      "periodEnd": "2026-11-27T01:00:00Z"}]}""";
    assertThat(send(HttpMethod.POST, "/api/v1/partner/providers/" + providerId + "/usage", usage, "u-1")
        .getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);

    String backwards = usage.replace("01:00:00Z", "00:00:00Z").replace("\"periodStart\": \"2026-11-27T00",
        "\"periodStart\": \"2026-11-27T02");
    ResponseEntity<Map<String, Object>> rejected = send(HttpMethod.POST,
        "/api/v1/partner/providers/" + providerId + "/usage", backwards, "u-2");
    assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(rejected.getBody()).containsEntry("field", "samples[0].periodEnd");

    assertThat(send(HttpMethod.POST, "/api/v1/partner/providers/nobody/usage", usage, "u-3").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }
}
