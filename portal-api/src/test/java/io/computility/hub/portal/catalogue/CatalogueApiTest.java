package io.computility.hub.portal.catalogue;

import static io.computility.hub.portal.web.Callers.caller;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.computility.hub.camel.resource.AdmissionStatus;
import io.computility.hub.camel.resource.Health;
import io.computility.hub.camel.resource.PoolSnapshot;
import io.computility.hub.camel.resource.Provider;
import io.computility.hub.camel.resource.ProviderKind;
import io.computility.hub.camel.resource.ProviderSource;
import io.computility.hub.camel.resource.ResourceInventory;
import io.computility.hub.camel.resource.ResourceKind;
import io.computility.hub.portal.web.PortalWebTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The catalogue lists what admitted providers' pools offer, filtered in SQL by kind, region prefix, provider, price
 * range and text, and refuses filters it cannot use naming the parameter.
 */
@PortalWebTest
class CatalogueApiTest {

  @Autowired MockMvc mvc;
  @Autowired ResourceInventory inventory;

  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final String beijing = "cat-bj-" + run;
  private final String shenzhen = "cat-sz-" + run;

  @BeforeEach
  void twoProvidersWithThreePools() {
    admitted(beijing, "110000", List.of(
        new PoolSnapshot("g8.a800x8", ResourceKind.INTELLIGENT, "cn-bj-1a",
            "8 × A800-80G + 2 × Xeon 8480+ + 32 × DDR5-64G", 12, 9, 9_600, "CNY"),
        new PoolSnapshot("c7.56c", ResourceKind.GENERAL, "cn-bj-1b", "Xeon 8480+ + 8 × DDR5-64G", 200, 150, 1_200,
            "CNY")));
    admitted(shenzhen, "440300", List.of(
        new PoolSnapshot("nvidia.com/gpu", ResourceKind.INTELLIGENT, "sz-1", "H20", 40, 40, 700, "CNY")));
  }

  @Test
  void listsAProvidersProductsCheapestFirstWithTheirPoolsAndProvider() throws Exception {
    browse("provider=" + beijing)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(2))
        .andExpect(jsonPath("$.items[*].priceFenPerHour", contains(1_200, 9_600)))
        .andExpect(jsonPath("$.items[0].kind").value("GENERAL"))
        .andExpect(jsonPath("$.items[0].regionCode").value("110000"))
        .andExpect(jsonPath("$.items[0].providerName").value("Catalogue test " + run))
        .andExpect(jsonPath("$.items[0].remainingUnits").value(150))
        .andExpect(jsonPath("$.items[1].poolId").value(beijing + ":g8.a800x8"));
  }

  @Test
  void filtersByKindRegionPriceAndText() throws Exception {
    browse("q=" + run + "&kind=INTELLIGENT").andExpect(jsonPath("$.total").value(2));
    browse("q=" + run + "&region=44").andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].providerId").value(shenzhen));
    browse("q=" + run + "&region=440300").andExpect(jsonPath("$.total").value(1));
    browse("q=" + run + "&region=110000").andExpect(jsonPath("$.total").value(2));
    browse("q=" + run + "&minPriceFen=1000&maxPriceFen=5000").andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].priceFenPerHour").value(1_200));
    browse("provider=" + beijing + "&q=a800").andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].name").value("8 × A800-80G + 2 × Xeon 8480+ + 32 × DDR5-64G"));
    browse("q=" + run + "&size=1&page=1").andExpect(jsonPath("$.total").value(3))
        .andExpect(jsonPath("$.items.length()").value(1))
        .andExpect(jsonPath("$.items[0].priceFenPerHour").value(1_200));
    browse("q=100%25_" + run).andExpect(jsonPath("$.total").value(0));
  }

  @Test
  void refusesFiltersItCannotUse() throws Exception {
    browse("region=4x").andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("region"));
    browse("minPriceFen=5000&maxPriceFen=1000").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("maxPriceFen"));
    browse("minPriceFen=-1").andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("minPriceFen"));
    browse("q=" + "x".repeat(101)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("q"));
    browse("kind=QUANTUMISH").andExpect(status().isBadRequest());
    mvc.perform(get("/api/v1/catalogue")).andExpect(status().isUnauthorized());
  }

  private ResultActions browse(String query) throws Exception {
    return mvc.perform(get("/api/v1/catalogue?" + query).with(caller("regulator-" + run, "REGULATOR")));
  }

  private void admitted(String providerId, String region, List<PoolSnapshot> pools) {
    inventory.saveProvider(new Provider(providerId, "Catalogue test " + run, "Test Co.", ProviderKind.CLOUD, region,
        null, null, AdmissionStatus.ADMITTED, ProviderSource.PARTNER, Health.UP, new BigDecimal("1.2"),
        BigDecimal.ZERO, null));
    inventory.record(providerId, pools);
  }
}
