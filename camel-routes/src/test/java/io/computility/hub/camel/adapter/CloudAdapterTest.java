package io.computility.hub.camel.adapter;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.moreThanOrExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.computility.hub.camel.CamelRoutesTest;
import io.computility.hub.camel.RemoteProviderStubs;
import io.computility.hub.camel.resource.ConnectionMethod;
import io.computility.hub.camel.resource.ResourcePool;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CamelRoutesTest
class CloudAdapterTest {

  private static final String FLAVORS = "/wm-cloud/v2.1/flavors/detail";

  private final WireMockServer wireMock = RemoteProviderStubs.server();

  @Autowired
  ProviderGateway gateway;

  @Autowired
  ProviderBreakers breakers;

  @BeforeEach
  void resetStubs() {
    wireMock.resetAll();
    breakers.forProvider("wm-cloud").reset();
  }

  @Test
  void pullsEveryPageAndMapsFlavorsToTheUnifiedModel() {
    wireMock.stubFor(get(urlEqualTo(FLAVORS + "?limit=2")).willReturn(okJson("""
        {"flavors": [
          {"id": "g8.a800", "spec": "8 × A800-80G", "resource_kind": "INTELLIGENT", "zone": "bj-1a", "total": 10,
           "available": 4, "price": {"fen_per_hour": 9600, "currency": "CNY"}},
          {"id": "c7.56c", "spec": "Xeon 8480+ + 8 × DDR5-64G", "resource_kind": "GENERAL", "total": 100,
           "available": 100, "price": {"fen_per_hour": 1200, "currency": "CNY"}}],
         "flavors_links": [{"rel": "next", "href": "ignored"}]}""")));
    wireMock.stubFor(get(urlEqualTo(FLAVORS + "?limit=2&marker=c7.56c")).willReturn(okJson("""
        {"flavors": [
          {"id": "x.unknown", "spec": "8 × B200", "resource_kind": "INTELLIGENT", "total": 1, "available": 1,
           "price": {"fen_per_hour": 1, "currency": "CNY"}}], "flavors_links": []}""")));

    List<ResourcePool> pools = gateway.syncInventory("wm-cloud");

    assertThat(pools).extracting(ResourcePool::externalId).containsExactly("g8.a800", "c7.56c");
    ResourcePool a800 = pools.get(0);
    assertThat(a800.total().fp16Tflops()).isEqualByComparingTo("24960");
    assertThat(a800.remaining().memoryGib()).isEqualByComparingTo("2560");
    assertThat(a800.usedUnits()).isEqualTo(6);
    assertThat(a800.connection()).isEqualTo(ConnectionMethod.BARE_METAL_API);
    assertThat(a800.tags()).contains("type:intelligent", "region:110000", "hardware:a800-80g");
    assertThat(pools.get(1).connection()).isEqualTo(ConnectionMethod.CLOUD_API);
    wireMock.verify(moreThanOrExactly(2),
        getRequestedFor(urlPathEqualTo(FLAVORS)).withHeader("Accept", equalTo("application/json")));
  }

  @Test
  void provisionsOnceReadsUsageAndReleases() {
    // ids unique per run: the test database keeps the allocations of earlier runs
    String server = "srv-" + UUID.randomUUID();
    wireMock.stubFor(post(urlEqualTo("/wm-cloud/v2.1/servers")).willReturn(aResponse().withStatus(202)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"server\": {\"id\": \"" + server + "\", \"status\": \"BUILD\"}}")));
    wireMock.stubFor(get(urlEqualTo("/wm-cloud/v2.1/servers/" + server + "/usage"))
        .willReturn(okJson("{\"usage\": {\"unit_hours\": 12.5}}")));
    wireMock.stubFor(delete(urlEqualTo("/wm-cloud/v2.1/servers/" + server)).willReturn(aResponse().withStatus(204)));
    String order = "ord-" + UUID.randomUUID();
    ProvisionRequest request = new ProvisionRequest("wm-cloud", "g8.a800", 2, order);

    Allocation allocation = gateway.provision(request);
    Allocation again = gateway.provision(request);

    assertThat(again).isEqualTo(allocation);
    assertThat(allocation.externalId()).isEqualTo(server);
    wireMock.verify(1, postRequestedFor(urlEqualTo("/wm-cloud/v2.1/servers")).withRequestBody(equalToJson(
        "{\"server\": {\"name\": \"" + order + "\", \"flavorRef\": \"g8.a800\", \"min_count\": 2}}")));
    assertThat(gateway.readUsage("wm-cloud", allocation.id()).unitHours()).isEqualByComparingTo("12.5");
    assertThat(gateway.release("wm-cloud", allocation.id()).state()).isEqualTo(AllocationState.RELEASED);
    assertThat(gateway.release("wm-cloud", allocation.id()).state()).isEqualTo(AllocationState.RELEASED);
  }

  @Test
  void redeliversServerErrorsWithBackOff() {
    wireMock.stubFor(get(urlPathEqualTo(FLAVORS)).inScenario("flaky").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("second"));
    wireMock.stubFor(get(urlPathEqualTo(FLAVORS)).inScenario("flaky").whenScenarioStateIs("second")
        .willReturn(aResponse().withStatus(502)).willSetStateTo("healthy"));
    wireMock.stubFor(get(urlPathEqualTo(FLAVORS)).inScenario("flaky").whenScenarioStateIs("healthy")
        .willReturn(okJson("{\"flavors\": [], \"flavors_links\": []}")));

    assertThat(gateway.syncInventory("wm-cloud")).isEmpty();
    wireMock.verify(3, getRequestedFor(urlPathEqualTo(FLAVORS)));
  }

  @Test
  void givesUpAfterRedeliveriesOnTimeouts() {
    wireMock.stubFor(get(urlPathEqualTo(FLAVORS)).willReturn(okJson("{\"flavors\": []}").withFixedDelay(6000)));

    assertThatThrownBy(() -> gateway.syncInventory("wm-cloud"))
        .isInstanceOfSatisfying(ProviderCallException.class, e -> assertThat(e.retryable()).isTrue());
    wireMock.verify(3, getRequestedFor(urlPathEqualTo(FLAVORS)));
  }

  @Test
  void rejectsMalformedBodiesWithoutRedelivery() {
    wireMock.stubFor(get(urlPathEqualTo(FLAVORS)).willReturn(okJson("{\"flavors\": [{\"id\": ")));

    assertThatThrownBy(() -> gateway.syncInventory("wm-cloud"))
        .isInstanceOfSatisfying(ProviderCallException.class, e -> assertThat(e.retryable()).isFalse());
    wireMock.stubFor(get(urlPathEqualTo(FLAVORS)).willReturn(okJson("{\"flavors\": [{\"id\": \"x\"}]}")));
    assertThatThrownBy(() -> gateway.syncInventory("wm-cloud")).isInstanceOf(ProviderCallException.class)
        .hasMessageContaining("Missing field");
    wireMock.verify(2, getRequestedFor(urlPathEqualTo(FLAVORS)));
  }

  @Test
  void doesNotRedeliverClientErrors() {
    wireMock.stubFor(post(urlEqualTo("/wm-cloud/v2.1/servers")).willReturn(aResponse().withStatus(409)));

    assertThatThrownBy(() -> gateway.provision(new ProvisionRequest("wm-cloud", "g8.a800", 99, "ord-" + UUID.randomUUID())))
        .isInstanceOfSatisfying(ProviderCallException.class, e -> assertThat(e.retryable()).isFalse());
    wireMock.verify(1, postRequestedFor(urlEqualTo("/wm-cloud/v2.1/servers")));
  }
}
