package io.computility.hub.camel.resource;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.hub.camel.CamelRoutesTest;
import io.computility.hub.camel.RecordedEvidence;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Listing, delisting and retiring products are key business records on the ledger, in the provider's region. */
@CamelRoutesTest
class ProductListingEvidenceTest {

  @Autowired ResourceInventory inventory;
  @Autowired RecordedEvidence evidence;

  @Test
  void recordsEachProductOnAndOffSaleInTheProvidersRegion() {
    // Given a provider in Ningxia whose pool becomes a draft product, then is listed on admission
    String providerId = "listing-" + UUID.randomUUID().toString().substring(0, 8);
    inventory.saveProvider(new Provider(providerId, "上架云", "Listing Cloud Co.", ProviderKind.CLOUD, "640000",
        null, null, AdmissionStatus.PENDING, ProviderSource.PARTNER, Health.UNKNOWN, new BigDecimal("1.2"),
        new BigDecimal("0.5"), null));
    List<PoolSnapshot> pools = List.of(new PoolSnapshot("g1", ResourceKind.GENERAL, "zw-1",
        "2 × EPYC 9654 + 24 × DDR5-64G", 20, 15, 2_000, "CNY"));
    inventory.record(providerId, pools);
    String productId = "prd:" + providerId + ":g1";
    assertThat(evidence.of(productId)).as("a draft is not on sale").isEmpty();

    // When the onboarding steps list it, and the retirement steps delist and retire it
    inventory.changeAdmission(providerId, AdmissionStatus.ADMITTED);
    inventory.moveProductsOf(providerId, ProductState.DRAFT, ProductState.LISTED);
    inventory.moveProductsOf(providerId, ProductState.LISTED, ProductState.DELISTED);
    inventory.moveProductsOf(providerId, ProductState.DELISTED, ProductState.RETIRED);

    // Then each move is on the ledger, owned by the provider, in its region, with the terms it was sold on
    assertThat(evidence.of(productId)).extracting(RecordedEvidence.Entry::kind)
        .containsExactly("product.listed", "product.delisted", "product.retired");
    assertThat(evidence.of(productId)).allSatisfy(entry -> {
      assertThat(entry.owner()).isEqualTo(providerId);
      assertThat(entry.region()).isEqualTo("640000");
    });
    assertThat(evidence.of(productId).get(0).facts()).containsEntry("priceFenPerHour", 2_000L)
        .containsEntry("currency", "CNY").containsEntry("state", "LISTED").containsEntry("previousState", "DRAFT");
  }

  @Test
  void recordsAProductListedAsItsAdmittedProviderSyncs() {
    String providerId = "synced-" + UUID.randomUUID().toString().substring(0, 8);
    inventory.saveProvider(new Provider(providerId, "同步云", "Synced Cloud Co.", ProviderKind.CLOUD, "440300",
        null, null, AdmissionStatus.ADMITTED, ProviderSource.PARTNER, Health.UNKNOWN, new BigDecimal("1.3"),
        BigDecimal.ZERO, null));

    inventory.record(providerId, List.of(new PoolSnapshot("c1", ResourceKind.GENERAL, null,
        "Xeon 8480+ + 8 × DDR5-64G", 10, 10, 1_200, "CNY")));

    assertThat(evidence.of("prd:" + providerId + ":c1")).singleElement().satisfies(entry -> {
      assertThat(entry.kind()).isEqualTo("product.listed");
      assertThat(entry.region()).isEqualTo("440300");
    });
  }
}
