package io.computility.hub.camel.adapter;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
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
class SupercomputingAdapterTest {

  private final WireMockServer wireMock = RemoteProviderStubs.server();

  @Autowired
  ProviderGateway gateway;

  @Test
  void readsPartitionsSubmitsAJobAndMetersNodeHours() {
    wireMock.resetAll();
    wireMock.stubFor(get(urlEqualTo("/wm-hpc/slurm/v0.0.40/partitions")).willReturn(okJson("""
        {"partitions": [{"name": "cpu", "node_spec": "2 × Hygon C86 7390 + InfiniBand HDR 200G",
          "kind": "SUPERCOMPUTING", "nodes": {"total": 512, "idle": 100}, "price_fen_per_node_hour": 160,
          "currency": "CNY"}]}""")));
    // ids unique per run: the test database keeps the allocations of earlier runs
    long jobId = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
    wireMock.stubFor(post(urlEqualTo("/wm-hpc/slurm/v0.0.40/job/submit"))
        .willReturn(okJson("{\"job_id\": " + jobId + "}")));
    wireMock.stubFor(get(urlEqualTo("/wm-hpc/slurm/v0.0.40/job/" + jobId)).willReturn(okJson("""
        {"jobs": [{"job_id": %d, "job_state": "RUNNING", "node_count": 4, "time": {"elapsed": 5400}}]}"""
        .formatted(jobId))));

    List<ResourcePool> pools = gateway.syncInventory("wm-hpc");

    assertThat(pools).singleElement().satisfies(pool -> {
      assertThat(pool.total().fp64Tflops()).isEqualByComparingTo("716.8");
      assertThat(pool.connection()).isEqualTo(ConnectionMethod.HPC_PROXY);
      assertThat(pool.regionCode()).isEqualTo("510000");
    });
    Allocation job = gateway.provision(new ProvisionRequest("wm-hpc", "cpu", 4, "ord-" + UUID.randomUUID()));
    assertThat(job.externalId()).isEqualTo(String.valueOf(jobId));
    assertThat(gateway.readUsage("wm-hpc", job.id()).unitHours()).isEqualByComparingTo("6");
  }
}
