package io.computility.hub.workers.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.hub.workers.placement.CandidatePool;
import io.computility.hub.workers.placement.RegionCodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SampleDataTest {

  private static String resource(String path) throws IOException {
    try (var in = Objects.requireNonNull(SampleDataTest.class.getClassLoader().getResourceAsStream(path))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void shippedFilesAreWhatTheSeededGeneratorProduces() throws IOException {
    assertThat(resource(TraceFiles.SAMPLE_POOLS)).isEqualTo(SampleDataGenerator.poolsCsv(SampleDataGenerator.pools()));
    assertThat(resource(TraceFiles.SAMPLE_TRACE)).isEqualTo(SampleDataGenerator.traceCsv(SampleDataGenerator.trace()));
  }

  @Test
  void samplesAreRealisticInSize() throws IOException {
    List<CandidatePool> pools = TraceFiles.samplePools();
    List<DemandEvent> trace = TraceFiles.sampleTrace();
    Set<String> provinces = new HashSet<>();
    pools.forEach(p -> provinces.add(RegionCodes.province(p.regionCode())));
    assertThat(pools).hasSizeGreaterThanOrEqualTo(300);
    assertThat(trace).hasSizeGreaterThanOrEqualTo(3000);
    assertThat(provinces).hasSizeGreaterThanOrEqualTo(8)
        .contains("110000", "310000", "440000", "520000", "150000", "620000", "510000", "330000");
    assertThat(resource(TraceFiles.SAMPLE_TRACE).length() + resource(TraceFiles.SAMPLE_POOLS).length())
        .isLessThan(1_000_000);
  }
}
