package io.computility.hub.camel.adapter;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.computility.hub.camel.CamelRoutesTest;
import io.computility.hub.camel.RemoteProviderStubs;
import io.computility.hub.camel.resource.ResourcePool;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Asynchronous provisioning against stubbed provider APIs of every kind: the state of a new allocation as the
 * provider reports it, the status calls that follow it up, and the traffic read with the usage.
 */
@CamelRoutesTest
class ProvisioningStatusTest {

  private final WireMockServer wireMock = RemoteProviderStubs.server();

  @Autowired
  ProviderGateway gateway;

  @Autowired
  AllocationStates states;

  @Autowired
  ProviderBreakers breakers;

  @BeforeEach
  void resetStubs() {
    wireMock.resetAll();
    breakers.forProvider("wm-cloud").reset();
  }

  @Test
  void followsACloudServerFromBuildToActiveAndReadsItsTraffic() {
    String server = "srv-" + UUID.randomUUID();
    wireMock.stubFor(post(urlEqualTo("/wm-cloud/v2.1/servers")).willReturn(aResponse().withStatus(202)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"server\": {\"id\": \"" + server + "\", \"status\": \"BUILD\"}}")));
    wireMock.stubFor(get(urlEqualTo("/wm-cloud/v2.1/servers/" + server))
        .willReturn(okJson("{\"server\": {\"id\": \"" + server + "\", \"status\": \"BUILD\"}}")));

    Allocation allocation = gateway.provision(new ProvisionRequest("wm-cloud", "g8.a800", 1, order()));
    assertThat(allocation.state()).isEqualTo(AllocationState.PENDING);
    assertThat(allocation.detail()).isEqualTo("BUILD");
    assertThat(gateway.status("wm-cloud", allocation.id()).state()).isEqualTo(AllocationState.PENDING);

    wireMock.stubFor(get(urlEqualTo("/wm-cloud/v2.1/servers/" + server))
        .willReturn(okJson("{\"server\": {\"id\": \"" + server + "\", \"status\": \"ACTIVE\"}}")));
    assertThat(gateway.status("wm-cloud", allocation.id()).state()).isEqualTo(AllocationState.ACTIVE);
    // an active allocation is answered from the store
    assertThat(gateway.status("wm-cloud", allocation.id()).state()).isEqualTo(AllocationState.ACTIVE);
    wireMock.verify(2, getRequestedFor(urlEqualTo("/wm-cloud/v2.1/servers/" + server)));
    assertThat(states.history(allocation.id()))
        .extracting(AllocationStates.Change::state, AllocationStates.Change::source)
        .containsExactly(tuple(AllocationState.PENDING, AllocationStates.Source.PROVISIONING),
            tuple(AllocationState.ACTIVE, AllocationStates.Source.POLL));

    wireMock.stubFor(get(urlEqualTo("/wm-cloud/v2.1/servers/" + server + "/usage"))
        .willReturn(okJson("{\"usage\": {\"unit_hours\": 2.5, \"transferred_gb\": 12.75}}")));
    UsageReport usage = gateway.readUsage("wm-cloud", allocation.id());
    assertThat(usage.unitHours()).isEqualByComparingTo("2.5");
    assertThat(usage.transferredGb()).isEqualByComparingTo("12.75");
  }

  @Test
  void storesACloudServersFaultAsTheFailureDetail() {
    String server = "srv-" + UUID.randomUUID();
    wireMock.stubFor(post(urlEqualTo("/wm-cloud/v2.1/servers")).willReturn(aResponse().withStatus(202)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"server\": {\"id\": \"" + server + "\", \"status\": \"BUILD\"}}")));
    wireMock.stubFor(get(urlEqualTo("/wm-cloud/v2.1/servers/" + server)).willReturn(okJson(
        "{\"server\": {\"id\": \"" + server + "\", \"status\": \"ERROR\","
            + " \"fault\": {\"code\": 500, \"message\": \"No valid host was found\"}}}")));

    Allocation allocation = gateway.provision(new ProvisionRequest("wm-cloud", "g8.a800", 1, order()));
    Allocation failed = gateway.status("wm-cloud", allocation.id());

    assertThat(failed.state()).isEqualTo(AllocationState.FAILED);
    assertThat(failed.detail()).isEqualTo("ERROR: No valid host was found");
    assertThat(states.find(allocation.id())).get().extracting(Allocation::state).isEqualTo(AllocationState.FAILED);
  }

  @Test
  void rejectsAnUnknownServerStatusAndKeepsTheAllocationPending() {
    String server = "srv-" + UUID.randomUUID();
    wireMock.stubFor(post(urlEqualTo("/wm-cloud/v2.1/servers")).willReturn(aResponse().withStatus(202)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"server\": {\"id\": \"" + server + "\", \"status\": \"BUILD\"}}")));
    wireMock.stubFor(get(urlEqualTo("/wm-cloud/v2.1/servers/" + server))
        .willReturn(okJson("{\"server\": {\"id\": \"" + server + "\", \"status\": \"MELTING\"}}")));

    Allocation allocation = gateway.provision(new ProvisionRequest("wm-cloud", "g8.a800", 1, order()));

    assertThatThrownBy(() -> gateway.status("wm-cloud", allocation.id()))
        .isInstanceOfSatisfying(ProviderCallException.class, e -> assertThat(e.retryable()).isFalse());
    assertThat(states.find(allocation.id())).get().extracting(Allocation::state).isEqualTo(AllocationState.PENDING);
  }

  @Test
  void followsABareMetalDeploymentAndItsTraffic() {
    wireMock.stubFor(get(urlEqualTo("/wm-metal/api/v1/inventory/nodes?page=1&per_page=2")).willReturn(okJson("""
        {"nodes": [{"id": "n1", "model": "2 × Xeon 8480+ + 8 × H800", "model_id": "h800x8", "kind": "INTELLIGENT",
          "state": "available", "price_fen_per_hour": 16000, "currency": "CNY"}], "page": 1, "pages": 1}""")));
    assertThat(gateway.syncInventory("wm-metal")).extracting(ResourcePool::externalId).containsExactly("h800x8");
    String id = "alloc-" + UUID.randomUUID();
    wireMock.stubFor(post(urlEqualTo("/wm-metal/api/v1/allocations")).willReturn(okJson(
        "{\"allocation_id\": \"" + id + "\", \"nodes\": [], \"power\": \"on\", \"state\": \"deploying\"}")));
    wireMock.stubFor(get(urlEqualTo("/wm-metal/api/v1/allocations/" + id)).willReturn(
        okJson("{\"allocation_id\": \"" + id + "\", \"state\": \"failed\", \"error\": \"PXE timeout\"}")));
    wireMock.stubFor(get(urlEqualTo("/wm-metal/api/v1/allocations/" + id + "/metering"))
        .willReturn(okJson("{\"node_hours\": 0, \"energy_kwh\": 0}")));

    Allocation allocation = gateway.provision(new ProvisionRequest("wm-metal", "h800x8", 1, order()));
    wireMock.verify(postRequestedFor(urlEqualTo("/wm-metal/api/v1/allocations"))
        .withRequestBody(matchingJsonPath("$.model", equalTo("2 × Xeon 8480+ + 8 × H800"))));
    assertThat(allocation.state()).isEqualTo(AllocationState.PENDING);
    Allocation failed = gateway.status("wm-metal", allocation.id());
    assertThat(failed.state()).isEqualTo(AllocationState.FAILED);
    assertThat(failed.detail()).isEqualTo("failed: PXE timeout");
    // a provider that does not meter traffic leaves it out
    assertThat(gateway.readUsage("wm-metal", allocation.id()).transferredGb()).isNull();
  }

  @Test
  void takesANamespaceAsActiveAtOnceAndAsksForItsPhase() {
    String order = order();
    String namespace = "hub-" + order;
    wireMock.stubFor(post(urlMatching("/wm-k8s/api/v1/namespaces.*")).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody("{\"metadata\": {\"name\": \"x\"}}")));
    wireMock.stubFor(get(urlEqualTo("/wm-k8s/apis/metrics.computility.hub/v1/namespaces/" + namespace + "/usage"))
        .willReturn(okJson("{\"unitHours\": 8, \"transferredGb\": 3.5}")));

    Allocation allocation = gateway.provision(new ProvisionRequest("wm-k8s", "h20", 2, order));

    assertThat(allocation.state()).isEqualTo(AllocationState.ACTIVE);
    assertThat(gateway.status("wm-k8s", allocation.id())).isEqualTo(allocation);
    assertThat(gateway.readUsage("wm-k8s", allocation.id()).transferredGb()).isEqualByComparingTo("3.5");
  }

  @Test
  void followsASlurmJobFromTheQueueToRunning() {
    long job = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
    wireMock.stubFor(post(urlEqualTo("/wm-hpc/slurm/v0.0.40/job/submit"))
        .willReturn(okJson("{\"job_id\": " + job + "}")));
    wireMock.stubFor(get(urlEqualTo("/wm-hpc/slurm/v0.0.40/job/" + job)).willReturn(okJson("""
        {"jobs": [{"job_id": %d, "job_state": "PENDING", "state_reason": "Resources", "node_count": 4,
          "time": {"elapsed": 0}}]}""".formatted(job))));

    Allocation allocation = gateway.provision(new ProvisionRequest("wm-hpc", "cpu", 4, order()));
    assertThat(allocation.state()).isEqualTo(AllocationState.PENDING);
    assertThat(gateway.status("wm-hpc", allocation.id()).state()).isEqualTo(AllocationState.PENDING);

    wireMock.stubFor(get(urlEqualTo("/wm-hpc/slurm/v0.0.40/job/" + job)).willReturn(okJson("""
        {"jobs": [{"job_id": %d, "job_state": "NODE_FAIL", "state_reason": "NodeDown", "node_count": 4,
          "time": {"elapsed": 0}}]}""".formatted(job))));
    Allocation failed = gateway.status("wm-hpc", allocation.id());
    assertThat(failed.state()).isEqualTo(AllocationState.FAILED);
    assertThat(failed.detail()).isEqualTo("NODE_FAIL (NodeDown)");
  }

  @Test
  void followsACarrierConnectionAndReadsItsTraffic() {
    String connection = "cx-" + UUID.randomUUID();
    wireMock.stubFor(post(urlEqualTo("/wm-carrier/carrier/v1/connections")).willReturn(okJson(
        "{\"connection_id\": \"" + connection + "\", \"state\": \"PROVISIONING\"}")));
    wireMock.stubFor(get(urlEqualTo("/wm-carrier/carrier/v1/connections/" + connection)).willReturn(okJson(
        "{\"connection_id\": \"" + connection + "\", \"state\": \"ACTIVE\"}")));
    wireMock.stubFor(get(urlEqualTo("/wm-carrier/carrier/v1/connections/" + connection + "/usage")).willReturn(
        okJson("{\"circuit_hours\": 6, \"transferred_gb\": 4200.5}")));

    Allocation allocation = gateway.provision(new ProvisionRequest("wm-carrier", "bj-sh-100g", 1, order()));
    assertThat(allocation.state()).isEqualTo(AllocationState.PENDING);
    assertThat(gateway.status("wm-carrier", allocation.id()).state()).isEqualTo(AllocationState.ACTIVE);
    UsageReport usage = gateway.readUsage("wm-carrier", allocation.id());
    assertThat(usage.unitHours()).isEqualByComparingTo("6");
    assertThat(usage.transferredGb()).isEqualByComparingTo("4200.5");
  }

  @Test
  void rejectsTrafficThatIsNotANumber() {
    String connection = "cx-" + UUID.randomUUID();
    wireMock.stubFor(post(urlEqualTo("/wm-carrier/carrier/v1/connections")).willReturn(okJson(
        "{\"connection_id\": \"" + connection + "\", \"state\": \"ACTIVE\"}")));
    wireMock.stubFor(get(urlEqualTo("/wm-carrier/carrier/v1/connections/" + connection + "/usage")).willReturn(
        okJson("{\"circuit_hours\": 6, \"transferred_gb\": \"lots\"}")));

    Allocation allocation = gateway.provision(new ProvisionRequest("wm-carrier", "bj-sh-100g", 1, order()));

    assertThat(allocation.state()).isEqualTo(AllocationState.ACTIVE);
    assertThatThrownBy(() -> gateway.readUsage("wm-carrier", allocation.id()))
        .isInstanceOf(ProviderCallException.class).hasMessageContaining("transferred_gb");
  }

  private static String order() {
    return "ord-" + UUID.randomUUID();
  }
}
