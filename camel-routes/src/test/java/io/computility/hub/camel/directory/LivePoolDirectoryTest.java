package io.computility.hub.camel.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.computility.hub.camel.CamelRoutesTest;
import io.computility.hub.camel.TestClock;
import io.computility.hub.camel.resource.AdmissionStatus;
import io.computility.hub.camel.resource.Health;
import io.computility.hub.camel.resource.PoolSnapshot;
import io.computility.hub.camel.resource.ProductState;
import io.computility.hub.camel.resource.Provider;
import io.computility.hub.camel.resource.ProviderKind;
import io.computility.hub.camel.resource.ProviderSource;
import io.computility.hub.camel.resource.ResourceInventory;
import io.computility.hub.workers.placement.CandidatePool;
import io.computility.hub.workers.placement.PoolHealth;
import io.computility.hub.workers.placement.ResourceKind;
import io.computility.hub.workers.placement.ServiceLevel;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The pool directory built from the unified model as the simulated providers are synchronised. */
@CamelRoutesTest
class LivePoolDirectoryTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  @Autowired
  LivePoolDirectory directory;

  @Autowired
  TestClock clock;

  @Autowired
  ResourceInventory inventory;

  @Test
  void listsTheSynchronisedPoolsOfAdmittedProvidersInTheProvidersUnits() {
    CandidatePool a800 = await().atMost(TIMEOUT).until(() -> find(ResourceKind.INTELLIGENT_GPU,
        "sim-bj-cloud:g8.a800x8"), Optional::isPresent).orElseThrow();

    assertThat(a800.providerId()).isEqualTo("sim-bj-cloud");
    assertThat(a800.regionCode()).isEqualTo("110000");
    assertThat(a800.zone()).isEqualTo("cn-bj-1a");
    assertThat(a800.unit()).isEqualTo("instance");
    assertThat(a800.totalUnits()).isEqualTo(12);
    assertThat(a800.remainingUnits()).isBetween(0L, 12L);
    assertThat(a800.unitPriceFen()).isEqualTo(9_600);
    assertThat(a800.pue()).isEqualTo(1.30);
    assertThat(a800.greenShare()).isEqualTo(0.25);
    assertThat(a800.health()).isEqualTo(PoolHealth.UP);
    assertThat(a800.admissionClass()).isEqualTo(ServiceLevel.CRITICAL);
    assertThat(a800.providerReliability()).isBetween(0.0, 1.0);
    assertThat(a800.tags()).contains("type:intelligent", "region:110000");

    CandidatePool h20 = await().atMost(TIMEOUT).until(() -> find(ResourceKind.INTELLIGENT_GPU, "sim-sz-k8s:h20"),
        Optional::isPresent).orElseThrow();
    assertThat(h20.unit()).isEqualTo("accelerator");
    CandidatePool general = await().atMost(TIMEOUT).until(() -> find(ResourceKind.GENERAL_CPU,
        "sim-zj-cloud:xc.ft64"), Optional::isPresent).orElseThrow();
    assertThat(general.admissionClass()).isEqualTo(ServiceLevel.STANDARD);
    await().atMost(TIMEOUT).until(() -> find(ResourceKind.NETWORK, "sim-carrier:bj-sh-100g").isPresent());
    await().atMost(TIMEOUT).until(() -> find(ResourceKind.SUPERCOMPUTING, "sim-cd-hpc:dcu").isPresent());
    assertThat(directory.pools(ResourceKind.QUANTUM)).isEmpty();
  }

  @Test
  void dropsADelistedProductAndShowsItAgainWhenRelisted() {
    String pool = "sim-gz-cloud:kc1.48c";
    await().atMost(TIMEOUT).until(() -> inventory.listedProducts().stream()
        .anyMatch(product -> product.poolId().equals(pool)));

    inventory.moveProduct("prd:" + pool, ProductState.DELISTED);
    await().atMost(TIMEOUT).until(() -> find(ResourceKind.GENERAL_CPU, pool).isEmpty());

    inventory.moveProduct("prd:" + pool, ProductState.LISTED);
    await().atMost(TIMEOUT).until(() -> find(ResourceKind.GENERAL_CPU, pool).isPresent());
  }

  @Test
  void leavesOutThePoolsOfAProviderUntilItIsAdmitted() {
    String providerId = "pending-" + UUID.randomUUID().toString().substring(0, 8);
    inventory.saveProvider(new Provider(providerId, "待审云", "Pending Cloud Co.", ProviderKind.CLOUD, "640000",
        null, null, AdmissionStatus.PENDING, ProviderSource.PARTNER, Health.UNKNOWN, new BigDecimal("1.2"),
        new BigDecimal("0.8"), null));
    List<PoolSnapshot> pools = List.of(new PoolSnapshot("g1", io.computility.hub.camel.resource.ResourceKind.GENERAL,
        "zw-1", "2 × EPYC 9654 + 24 × DDR5-64G", 20, 15, 2_000, "CNY"));

    inventory.record(providerId, pools);
    assertThat(directory.refresh().get(ResourceKind.GENERAL_CPU)).extracting(CandidatePool::providerId)
        .doesNotContain(providerId);

    inventory.changeAdmission(providerId, AdmissionStatus.ADMITTED);
    inventory.record(providerId, pools);
    await().atMost(TIMEOUT).until(() -> find(ResourceKind.GENERAL_CPU, providerId + ":g1").isPresent());
    assertThat(find(ResourceKind.GENERAL_CPU, providerId + ":g1")).get().satisfies(pool -> {
      assertThat(pool.remainingUnits()).isEqualTo(15);
      assertThat(pool.greenShare()).isEqualTo(0.8);
    });

  }

  @Test
  void derivesAProvidersReliabilityFromItsHealthHistory() {
    String providerId = "flaky-" + UUID.randomUUID().toString().substring(0, 8);
    inventory.saveProvider(new Provider(providerId, "时好时坏云", "Flaky Cloud Co.", ProviderKind.CLOUD, "130000",
        null, null, AdmissionStatus.ADMITTED, ProviderSource.PARTNER, Health.UNKNOWN, new BigDecimal("1.3"),
        BigDecimal.ZERO, null));
    inventory.record(providerId, List.of(new PoolSnapshot("c1", io.computility.hub.camel.resource.ResourceKind.GENERAL,
        null, "Xeon 8480+ + 8 × DDR5-64G", 10, 10, 1_200, "CNY")));

    // up for an hour
    clock.advance(Duration.ofHours(1));
    directory.refresh();
    assertThat(find(ResourceKind.GENERAL_CPU, providerId + ":c1")).get()
        .extracting(CandidatePool::providerReliability).isEqualTo(1.0);

    // then down for an hour
    inventory.markHealth(providerId, Health.DOWN);
    clock.advance(Duration.ofHours(1));
    directory.refresh();
    assertThat(find(ResourceKind.GENERAL_CPU, providerId + ":c1")).get().satisfies(pool -> {
      assertThat(pool.health()).isEqualTo(PoolHealth.DOWN);
      assertThat(pool.providerReliability()).isCloseTo(0.5, within(0.01));
    });
  }

  private Optional<CandidatePool> find(ResourceKind kind, String poolId) {
    return directory.pools(kind).stream().filter(pool -> pool.poolId().equals(poolId)).findFirst();
  }
}
