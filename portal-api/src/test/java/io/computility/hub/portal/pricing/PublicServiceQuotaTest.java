package io.computility.hub.portal.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.computility.hub.PortalTestApplication;
import io.computility.hub.camel.resource.AdmissionStatus;
import io.computility.hub.camel.resource.Health;
import io.computility.hub.camel.resource.PoolSnapshot;
import io.computility.hub.camel.resource.Provider;
import io.computility.hub.camel.resource.ProviderKind;
import io.computility.hub.camel.resource.ProviderSource;
import io.computility.hub.camel.resource.ResourceInventory;
import io.computility.hub.camel.resource.ResourceKind;
import io.computility.hub.workers.billing.Charge;
import io.computility.hub.workers.billing.PlanTerms;
import io.computility.hub.workers.billing.PricePlans;
import io.computility.hub.workers.metering.Meter;
import io.computility.hub.workers.placement.CapacityReservations;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The public-service quota of a product's price plan reaches capacity reservation when the resource layer
 * synchronises the product's pool (the live pool directory registers the pool's capacity with its plan's quota).
 * Runs in the module's one context, with the resource layer and the placement and billing workers.
 */
@SpringBootTest(classes = PortalTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicServiceQuotaTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  @Autowired ResourceInventory inventory;
  @Autowired CapacityReservations reservations;
  @Autowired PricePlans plans;

  @Test
  void aPoolKeepsItsPricePlansPublicServiceQuotaFromItsNextSynchronisation() {
    // Given an admitted provider's pool of 20 units, synchronised before its product had a price plan
    String providerId = "public-" + UUID.randomUUID().toString().substring(0, 8);
    String poolId = providerId + ":c1";
    inventory.saveProvider(new Provider(providerId, "公共服务云", "Public Service Cloud Co.", ProviderKind.CLOUD,
        "110000", null, null, AdmissionStatus.ADMITTED, ProviderSource.PARTNER, Health.UNKNOWN,
        new BigDecimal("1.2"), BigDecimal.ZERO, null));
    List<PoolSnapshot> pools = List.of(new PoolSnapshot("c1", ResourceKind.GENERAL, null,
        "Xeon 8480+ + 8 × DDR5-64G", 20, 20, 1_000, "CNY"));
    inventory.record(providerId, pools);
    await().atMost(TIMEOUT).until(() -> reservations.publicServiceShare(poolId) != null);
    assertThat(reservations.publicServiceShare(poolId)).isZero();

    // When the product's plan keeps a quarter for public-service users and the pool is synchronised again
    plans.publish("prd:" + poolId, List.of(Charge.perUnit(Meter.CORE_HOURS, 10)),
        new PlanTerms(0, Map.of(), new BigDecimal("0.25"), Map.of()));
    inventory.record(providerId, pools);

    // Then ordinary demands get at most 15 units, public-service demands the other 5
    await().atMost(TIMEOUT).until(() -> reservations.publicServiceShare(poolId).compareTo(new BigDecimal("0.25")) == 0);
    assertThat(reservations.reserve("ordinary-16-" + poolId, poolId, 16, null, null, null))
        .isEqualTo(CapacityReservations.Outcome.INSUFFICIENT_CAPACITY);
    assertThat(reservations.reserve("ordinary-15-" + poolId, poolId, 15, null, null, null))
        .isEqualTo(CapacityReservations.Outcome.RESERVED);
    assertThat(reservations.reserve("public-5-" + poolId, poolId, 5, null, null, null, true))
        .isEqualTo(CapacityReservations.Outcome.RESERVED);
  }
}
