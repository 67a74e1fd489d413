package io.computility.hub.camel.adapter;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.computility.hub.camel.CamelRoutesTest;
import io.computility.hub.camel.RemoteProviderStubs;
import io.computility.hub.camel.resource.ConnectionMethod;
import io.computility.hub.camel.resource.ResourcePool;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CamelRoutesTest
class CloudNativeAdapterTest {

  private final WireMockServer wireMock = RemoteProviderStubs.server();

  @Autowired
  ProviderGateway gateway;

  private static String node(String name, String spec, int capacity, int allocatable) {
    return """
        {"metadata": {"name": "%s", "labels": {"computility.hub/spec": "%s", "computility.hub/kind": "INTELLIGENT",
           "computility.hub/unit-resource": "nvidia.com/gpu", "computility.hub/price-fen-per-hour": "700",
           "computility.hub/currency": "CNY", "topology.kubernetes.io/zone": "sz-1"}},
         "status": {"capacity": {"nvidia.com/gpu": "%d"}, "allocatable": {"nvidia.com/gpu": "%d"}}}"""
        .formatted(name, spec, capacity, allocatable);
  }

  @Test
  void followsContinueTokensAndCreatesANamespaceWithAQuota() {
    wireMock.resetAll();
    // ids unique per run: the test database keeps the allocations of earlier runs
    String order = "ord-" + UUID.randomUUID();
    String namespace = "hub-" + order;
    wireMock.stubFor(get(urlEqualTo("/wm-k8s/api/v1/nodes?limit=2")).willReturn(okJson(
        "{\"items\": [" + node("h20-0", "H20", 8, 5) + "," + node("h20-1", "H20", 8, 8)
            + "], \"metadata\": {\"continue\": \"tok-2\"}}")));
    wireMock.stubFor(get(urlEqualTo("/wm-k8s/api/v1/nodes?limit=2&continue=tok-2")).willReturn(okJson(
        "{\"items\": [" + node("l20-0", "L20", 8, 0) + "], \"metadata\": {\"continue\": \"\"}}")));
    wireMock.stubFor(post(urlMatching("/wm-k8s/api/v1/namespaces.*")).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody("{\"metadata\": {\"name\": \"x\"}}")));
    wireMock.stubFor(delete(urlEqualTo("/wm-k8s/api/v1/namespaces/" + namespace))
        .willReturn(okJson("{\"status\": {\"phase\": \"Terminating\"}}")));

    List<ResourcePool> pools = gateway.syncInventory("wm-k8s");

    assertThat(pools).extracting(ResourcePool::externalId).containsExactly("h20", "l20");
    assertThat(pools.get(0).totalUnits()).isEqualTo(16);
    assertThat(pools.get(0).remainingUnits()).isEqualTo(13);
    assertThat(pools.get(0).connection()).isEqualTo(ConnectionMethod.BARE_METAL_API);
    assertThat(pools.get(1).remainingUnits()).isZero();
    assertThat(pools.get(1).health().name()).isEqualTo("DEGRADED");

    Allocation allocation = gateway.provision(new ProvisionRequest("wm-k8s", "h20", 4, order));
    assertThat(allocation.externalId()).isEqualTo(namespace);
    wireMock.verify(postRequestedFor(urlEqualTo("/wm-k8s/api/v1/namespaces/" + namespace + "/resourcequotas"))
        .withRequestBody(equalToJson("{\"metadata\": {\"name\": \"hub-quota\"},"
            + " \"spec\": {\"hard\": {\"computility.hub/pool/h20\": 4}}}")));
    gateway.release("wm-k8s", allocation.id());
    wireMock.verify(deleteRequestedFor(urlEqualTo("/wm-k8s/api/v1/namespaces/" + namespace)));
  }
}
