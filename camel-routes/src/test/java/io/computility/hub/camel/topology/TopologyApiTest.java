package io.computility.hub.camel.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.computility.hub.camel.CamelRoutesTest;
import io.computility.hub.camel.resource.ProviderSource;
import io.computility.hub.camel.resource.ResourceInventory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@CamelRoutesTest
class TopologyApiTest {

  @Autowired
  TestRestTemplate http;

  @Autowired
  ResourceInventory inventory;

  @BeforeEach
  void simulatedProvidersSynchronised() {
    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> inventory.providers()
        .stream().filter(provider -> provider.source() == ProviderSource.SIMULATED)
        .allMatch(provider -> provider.lastSyncAt() != null) && !inventory.links().isEmpty());
  }

  private ResponseEntity<Topology> get(String query, String language) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
    return http.exchange("/api/v1/topology" + query, HttpMethod.GET, new HttpEntity<>(headers), Topology.class);
  }

  @Test
  void listsRegionsProvidersPoolsWithUnifiedFiguresAndLinks() {
    Topology topology = get("", "zh-CN").getBody();

    assertThat(topology.regions()).extracting(Topology.Region::code)
        .contains("110000", "150000", "310000", "330000", "440300", "510000", "520000", "620000");
    Topology.Region guizhou = topology.regions().stream().filter(region -> region.code().equals("520000"))
        .findFirst().orElseThrow();
    assertThat(guizhou.name()).isEqualTo("贵州省");
    assertThat(guizhou.total().fp16Tflops()).isPositive();
    assertThat(guizhou.providers()).anySatisfy(provider -> {
      assertThat(provider.id()).isEqualTo("sim-gz-cloud");
      assertThat(provider.health().name()).isIn("UP", "DEGRADED");
      assertThat(provider.pools()).isNotEmpty().allSatisfy(pool -> assertThat(pool.total()).isNotNull());
    });
    assertThat(topology.links()).anySatisfy(link -> {
      assertThat(link.from()).isEqualTo("110000");
      assertThat(link.to()).isEqualTo("520000");
      assertThat(link.latencyMs()).isEqualByComparingTo("38.0");
    });
    assertThat(get("", "en").getBody().regions()).filteredOn(region -> region.code().equals("520000"))
        .extracting(Topology.Region::name).containsExactly("Guizhou");
  }

  @Test
  void narrowsByRegionPrefixKindAndTags() {
    Topology guangdong = get("?region=44", "zh-CN").getBody();
    assertThat(guangdong.regions()).extracting(Topology.Region::code).containsExactly("440300");
    assertThat(guangdong.regions().get(0).province()).isEqualTo("440000");

    Topology green = get("?kind=INTELLIGENT&tag=energy:green", "zh-CN").getBody();
    assertThat(green.regions()).isNotEmpty().allSatisfy(region -> assertThat(region.providers())
        .allSatisfy(provider -> assertThat(provider.pools()).isNotEmpty()
            .allSatisfy(pool -> assertThat(pool.tags()).contains("energy:green", "type:intelligent"))));

    ResponseEntity<Map<String, Object>> bad = http.exchange("/api/v1/topology?region=Beijing", HttpMethod.GET,
        null, new ParameterizedTypeReference<>() {
        });
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody()).containsEntry("field", "region");
  }

  @Test
  void answersTagQueries() {
    ResponseEntity<List<Topology.PoolNode>> pools = http.exchange(
        "/api/v1/topology/pools?tag=hardware:h800&tag=province:150000", HttpMethod.GET, null,
        new ParameterizedTypeReference<>() {
        });

    assertThat(pools.getBody()).singleElement().satisfies(pool -> {
      assertThat(pool.id()).isEqualTo("sim-nm-metal:h800x8-ib");
      assertThat(pool.total().fp16Tflops()).isEqualByComparingTo("31664");
    });
  }
}
