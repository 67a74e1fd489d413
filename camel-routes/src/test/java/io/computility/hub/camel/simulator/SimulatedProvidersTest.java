package io.computility.hub.camel.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.computility.hub.camel.CamelRoutesTest;
import io.computility.hub.camel.adapter.Allocation;
import io.computility.hub.camel.adapter.ProviderCallException;
import io.computility.hub.camel.adapter.ProviderGateway;
import io.computility.hub.camel.adapter.ProvisionRequest;
import io.computility.hub.camel.resource.Health;
import io.computility.hub.camel.resource.Product;
import io.computility.hub.camel.resource.ProductState;
import io.computility.hub.camel.resource.Provider;
import io.computility.hub.camel.resource.ProviderKind;
import io.computility.hub.camel.resource.ProviderSource;
import io.computility.hub.camel.resource.ResourceInventory;
import io.computility.hub.camel.resource.ResourcePool;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

@CamelRoutesTest
class SimulatedProvidersTest {

  @Autowired
  ResourceInventory inventory;

  @Autowired
  ProviderGateway gateway;

  @Autowired
  TestRestTemplate http;

  @Autowired
  CamelContext camel;

  @Test
  void everySimulatedProviderIsPulledOverHttpOnSchedule() {
    NotifyBuilder carrierPulled = new NotifyBuilder(camel).fromRoute("sim-carrier-poll").whenDone(1).create();
    assertThat(carrierPulled.matches(60, TimeUnit.SECONDS)).isTrue();
    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
      List<Provider> simulated = inventory.providers().stream()
          .filter(provider -> provider.source() == ProviderSource.SIMULATED).toList();
      assertThat(simulated).hasSize(SimulatorCatalogue.PROVIDERS.size())
          .allSatisfy(provider -> assertThat(provider.lastSyncAt()).isNotNull());
    });
    List<Provider> simulated = inventory.providers().stream()
        .filter(provider -> provider.source() == ProviderSource.SIMULATED).toList();
    assertThat(simulated).extracting(Provider::kind).containsAll(Arrays.asList(ProviderKind.values()));
    assertThat(simulated).extracting(Provider::regionCode)
        .contains("110000", "310000", "440300", "520000", "150000", "620000", "510000", "330000");
    List<ResourcePool> pools = inventory.pools().stream().filter(pool -> pool.providerId().startsWith("sim-")).toList();
    assertThat(pools).hasSize(SimulatorCatalogue.PROVIDERS.stream().mapToInt(p -> p.pools().size()).sum())
        .allSatisfy(pool -> assertThat(pool.admissionClass()).as(pool.id()).isNotNull());
    assertThat(inventory.links()).filteredOn(link -> link.providerId().equals("sim-carrier")).hasSize(14);
    assertThat(inventory.listedProducts()).extracting(product -> product.poolId())
        .contains("sim-bj-cloud:g8.a800x8", "sim-cd-hpc:cpu");
  }

  @Test
  void delistsAndRelistsAProduct() {
    await().atMost(Duration.ofSeconds(60)).until(() -> inventory.listedProducts().stream()
        .anyMatch(product -> product.id().equals("prd:sim-gs-k8s:mlu590")));

    inventory.moveProduct("prd:sim-gs-k8s:mlu590", ProductState.DELISTED);
    assertThat(inventory.listedProducts()).extracting(Product::id).doesNotContain("prd:sim-gs-k8s:mlu590");
    assertThat(inventory.moveProduct("prd:sim-gs-k8s:mlu590", ProductState.DELISTED).lastState())
        .isEqualTo(ProductState.LISTED);
    assertThatThrownBy(() -> inventory.moveProduct("prd:sim-gs-k8s:mlu590", ProductState.DRAFT))
        .isInstanceOf(IllegalStateException.class);
    inventory.moveProduct("prd:sim-gs-k8s:mlu590", ProductState.LISTED);
    assertThat(inventory.listedProducts()).extracting(Product::id).contains("prd:sim-gs-k8s:mlu590");
  }

  @Test
  void allocatesAndReleasesCapacityOfASimulatedProvider() {
    Allocation allocation = gateway.provision(new ProvisionRequest("sim-sh-metal", "atlas-800t-a2", 2,
        "ord-" + UUID.randomUUID()));

    assertThat(remaining("sim-sh-metal", allocation.poolId())).isEqualTo(4);
    assertThat(gateway.readUsage("sim-sh-metal", allocation.id()).unitHours()).isNotNegative();
    gateway.release("sim-sh-metal", allocation.id());
    assertThat(remaining("sim-sh-metal", allocation.poolId())).isEqualTo(6);
  }

  @Test
  void simulatesExhaustionAndServerErrors() {
    http.put("/simulator/sim-zj-cloud/_faults", new SimulatorState.Faults(0, 0, 503, true, false, null, null));
    try {
      assertThat(gateway.syncInventory("sim-zj-cloud")).allSatisfy(pool -> {
        assertThat(pool.remainingUnits()).isZero();
        assertThat(pool.health()).isEqualTo(Health.DEGRADED);
      });
      assertThatThrownBy(() -> gateway.provision(new ProvisionRequest("sim-zj-cloud", "xc.ft64", 1,
          "ord-" + UUID.randomUUID())))
          .isInstanceOfSatisfying(ProviderCallException.class, e -> assertThat(e.retryable()).isFalse());

      // two 503s are absorbed by redelivery
      http.put("/simulator/sim-zj-cloud/_faults", new SimulatorState.Faults(0, 2, 503, false, false, null, null));
      assertThat(gateway.syncInventory("sim-zj-cloud")).allSatisfy(pool ->
          assertThat(pool.remainingUnits()).isPositive());
    } finally {
      http.delete("/simulator/sim-zj-cloud/_faults");
    }
  }

  private int remaining(String providerId, String poolId) {
    return gateway.syncInventory(providerId).stream().filter(pool -> pool.id().equals(poolId)).findFirst()
        .orElseThrow().remainingUnits();
  }
}
