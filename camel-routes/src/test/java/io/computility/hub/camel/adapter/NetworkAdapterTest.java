package io.computility.hub.camel.adapter;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.computility.hub.camel.CamelRoutesTest;
import io.computility.hub.camel.RemoteProviderStubs;
import io.computility.hub.camel.resource.RegionLink;
import io.computility.hub.camel.resource.ResourceInventory;
import io.computility.hub.camel.resource.ResourcePool;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CamelRoutesTest
class NetworkAdapterTest {

  private final WireMockServer wireMock = RemoteProviderStubs.server();

  @Autowired
  ProviderGateway gateway;

  @Autowired
  ResourceInventory inventory;

  private static String offer(String id, String a, String z) {
    return """
        {"id": "%s", "a_end": "%s", "z_end": "%s", "spec": "Carrier 10G", "circuits_total": 20,
         "circuits_free": 5, "price_fen_per_hour": 4500, "currency": "CNY"}""".formatted(id, a, z);
  }

  @Test
  void pagesOffersByOffsetThenStoresTheLatencyMatrix() {
    wireMock.resetAll();
    wireMock.stubFor(get(urlEqualTo("/wm-carrier/carrier/v1/offers?offset=0&limit=2")).willReturn(okJson(
        "{\"total\": 3, \"offers\": [" + offer("bj-gz", "110000", "520000") + "," + offer("bj-sh", "110000", "310000")
            + "]}")));
    wireMock.stubFor(get(urlEqualTo("/wm-carrier/carrier/v1/offers?offset=2&limit=2")).willReturn(okJson(
        "{\"total\": 3, \"offers\": [" + offer("sz-gz", "440300", "520000") + "]}")));
    wireMock.stubFor(get(urlEqualTo("/wm-carrier/carrier/v1/latency-matrix")).willReturn(okJson("""
        {"matrix": [{"a": "110000", "z": "520000", "rtt_ms": 38.0, "bandwidth_gbps": 100},
                    {"a": "440300", "z": "520000", "rtt_ms": 19.5, "bandwidth_gbps": 200}]}""")));

    List<ResourcePool> offers = gateway.syncInventory("wm-carrier");

    assertThat(offers).extracting(ResourcePool::externalId).containsExactly("bj-gz", "bj-sh", "sz-gz");
    assertThat(offers.get(0).remaining().networkGbps()).isEqualByComparingTo("50");
    assertThat(offers.get(0).zone()).isEqualTo("110000-520000");
    assertThat(inventory.links()).filteredOn(link -> link.providerId().equals("wm-carrier"))
        .extracting(RegionLink::toRegion, link -> link.latencyMs().doubleValue())
        .containsExactly(tuple("520000", 38.0),
            tuple("520000", 19.5));
  }

  @Test
  void rejectsAMatrixNamingAnInvalidRegion() {
    wireMock.resetAll();
    wireMock.stubFor(get(urlEqualTo("/wm-carrier/carrier/v1/offers?offset=0&limit=2"))
        .willReturn(okJson("{\"total\": 0, \"offers\": []}")));
    wireMock.stubFor(get(urlEqualTo("/wm-carrier/carrier/v1/latency-matrix")).willReturn(okJson(
        "{\"matrix\": [{\"a\": \"Beijing\", \"z\": \"520000\", \"rtt_ms\": 38.0, \"bandwidth_gbps\": 100}]}")));

    assertThatThrownBy(() -> gateway.syncInventory("wm-carrier")).isInstanceOf(ProviderCallException.class)
        .hasMessageContaining("invalid region");
  }
}
