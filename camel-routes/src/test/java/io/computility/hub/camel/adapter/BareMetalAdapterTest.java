package io.computility.hub.camel.adapter;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.computility.hub.camel.CamelRoutesTest;
import io.computility.hub.camel.RemoteProviderStubs;
import io.computility.hub.camel.resource.ResourcePool;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CamelRoutesTest
class BareMetalAdapterTest {

  private static final String ASCEND = "2 × Kunpeng 920 64-core + 8 × Ascend 910B";
  /** The pool id when the provider names no model id: a slug of the model. */
  private static final String ASCEND_POOL = "2-kunpeng-920-64-core-8-ascend-910b";

  private final WireMockServer wireMock = RemoteProviderStubs.server();

  @Autowired
  ProviderGateway gateway;

  @Test
  void groupsNodesOfAllPagesIntoOnePoolPerModelAndAllocates() {
    wireMock.resetAll();
    // ids unique per run: the test database keeps the allocations of earlier runs
    String allocationId = "alloc-" + UUID.randomUUID();
    wireMock.stubFor(get(urlEqualTo("/wm-metal/api/v1/inventory/nodes?page=1&per_page=2")).willReturn(okJson("""
        {"nodes": [
          {"id": "n1", "model": "%1$s", "kind": "INTELLIGENT", "state": "allocated", "price_fen_per_hour": 7200,
           "currency": "CNY"},
          {"id": "n2", "model": "%1$s", "kind": "INTELLIGENT", "state": "available", "price_fen_per_hour": 7000,
           "currency": "CNY"}], "page": 1, "pages": 2}""".formatted(ASCEND))));
    wireMock.stubFor(get(urlEqualTo("/wm-metal/api/v1/inventory/nodes?page=2&per_page=2")).willReturn(okJson("""
        {"nodes": [
          {"id": "n3", "model": "%1$s", "kind": "INTELLIGENT", "state": "available", "price_fen_per_hour": 7200,
           "currency": "CNY"},
          {"id": "n4", "model": "2 × EPYC 9654", "kind": "GENERAL", "state": "available", "price_fen_per_hour": 2400,
           "currency": "CNY"}], "page": 2, "pages": 2}""".formatted(ASCEND))));
    wireMock.stubFor(post(urlEqualTo("/wm-metal/api/v1/allocations"))
        .willReturn(okJson("{\"allocation_id\": \"" + allocationId + "\", \"nodes\": [\"n2\"], \"power\": \"on\"}")));
    wireMock.stubFor(get(urlEqualTo("/wm-metal/api/v1/allocations/" + allocationId + "/metering"))
        .willReturn(okJson("{\"node_hours\": 3.5, \"energy_kwh\": 22.75}")));

    List<ResourcePool> pools = gateway.syncInventory("wm-metal");

    assertThat(pools).hasSize(2);
    ResourcePool ascend = pools.get(0);
    assertThat(ascend.spec()).isEqualTo(ASCEND);
    assertThat(ascend.externalId()).isEqualTo(ASCEND_POOL);
    assertThat(ascend.totalUnits()).isEqualTo(3);
    assertThat(ascend.remainingUnits()).isEqualTo(2);
    assertThat(ascend.priceFenPerUnitHour()).isEqualTo(7000);
    assertThat(ascend.total().fp16Tflops()).isEqualByComparingTo("7512");
    assertThat(ascend.admissionClass()).isEqualTo("INTELLIGENT_CLUSTER");
    assertThat(pools.get(1).total().cpuCores()).isEqualByComparingTo("192");

    String order = "ord-" + UUID.randomUUID();
    Allocation allocation = gateway.provision(new ProvisionRequest("wm-metal", ASCEND_POOL, 1, order));
    wireMock.verify(postRequestedFor(urlEqualTo("/wm-metal/api/v1/allocations")).withRequestBody(equalToJson(
        "{\"model\": \"" + ASCEND + "\", \"count\": 1, \"order_ref\": \"" + order + "\"}")));
    assertThat(allocation.poolId()).isEqualTo("wm-metal:" + ASCEND_POOL);
    assertThat(gateway.readUsage("wm-metal", allocation.id()).unitHours()).isEqualByComparingTo("3.5");
  }
}
