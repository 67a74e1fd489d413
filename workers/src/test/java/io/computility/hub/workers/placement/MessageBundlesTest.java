package io.computility.hub.workers.placement;

import static io.computility.hub.workers.placement.TestPools.gpu;
import static io.computility.hub.workers.placement.TestPools.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

  private static Properties bundle(String name) throws IOException {
    Properties properties = new Properties();
    try (var in = new InputStreamReader(Objects.requireNonNull(
        MessageBundlesTest.class.getClassLoader().getResourceAsStream("i18n/" + name)), StandardCharsets.UTF_8)) {
      properties.load(in);
    }
    return properties;
  }

  @Test
  void bothLanguagesHaveTheSameKeys() throws IOException {
    assertThat(bundle("workers_zh_CN.properties").keySet())
        .containsExactlyInAnyOrderElementsOf(bundle("workers_en.properties").keySet());
  }

  private static CandidatePool standard(CandidatePool pool) {
    return TestPools.admitted(pool, ServiceLevel.STANDARD, 0.99);
  }

  @Test
  void everyStandardFiltersReasonHasAMessageInBothLanguages() throws IOException {
    List<CandidatePool> pools = List.of(
        standard(TestPools.kind(gpu("kind"), ResourceKind.STORAGE)),
        standard(gpu("down").withHealth(PoolHealth.DOWN)),
        standard(gpu("degraded").withHealth(PoolHealth.DEGRADED)),
        standard(with(gpu("capacity"), "110000", 0, 1000)),
        gpu("admission"),
        standard(with(gpu("region"), "310000", 100, 1000)),
        standard(with(gpu("budget"), "110000", 100, 1_000_000)),
        standard(with(gpu("latency"), "110000", 100, 1000)),
        standard(with(gpu("unknown"), "990000", 100, 1000)));
    PlacementRequest request = new PlacementRequest("d", null, null, ResourceKind.INTELLIGENT_GPU, 1,
        Set.of("110000", "990000"), Set.of(), "650000", 10, null, 60, 100_000, ServiceLevel.STANDARD, false, false,
        5);
    PlacementResult result = PlacementEngine.standard(new GeoLatencyMatrix())
        .place(request, PlacementPolicy.balanced(), pools);

    Properties en = bundle("workers_en.properties");
    Properties zh = bundle("workers_zh_CN.properties");
    assertThat(result.exclusions()).extracting(e -> e.reason().messageKey()).containsExactlyInAnyOrder(
        "placement.filter.kind.mismatch", "placement.filter.health.down", "placement.filter.health.degraded",
        "placement.filter.capacity.insufficient", "placement.filter.admission.below",
        "placement.filter.region.outside", "placement.filter.budget.exceeded", "placement.filter.latency.exceeded",
        "placement.filter.latency.unknown");
    for (PlacementResult.Exclusion exclusion : result.exclusions()) {
      Object[] args = exclusion.reason().args().toArray();
      String english = new MessageFormat(en.getProperty(exclusion.reason().messageKey()), Locale.ENGLISH)
          .format(args);
      String chinese = new MessageFormat(zh.getProperty(exclusion.reason().messageKey()), Locale.CHINA)
          .format(args);
      assertThat(english).doesNotContain("{");
      assertThat(chinese).doesNotContain("{");
    }
  }
}
