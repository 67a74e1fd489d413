package io.computility.hub.workers.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.computility.hub.workers.placement.CandidatePool;
import io.computility.hub.workers.placement.ResourceKind;
import io.computility.hub.workers.placement.ServiceLevel;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TraceFilesTest {

  private static InputStream text(String value) {
    return new ByteArrayInputStream(value.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsTracesFromJsonAndCsvAlike() {
    List<DemandEvent> json = TraceFiles.readTrace("t.json", text("""
        [{"arrivalMinute": 5, "kind": "INTELLIGENT_GPU", "quantity": 8, "durationMinutes": 120,
          "userRegion": "310000", "maxLatencyMillis": 30, "budgetFen": 50000, "allowedRegions": ["310000"],
          "greenPreferred": true, "serviceLevel": "STANDARD"}]"""));
    List<DemandEvent> csv = TraceFiles.readTrace("t.csv", text(TraceFiles.TRACE_HEADER
        + "\n5,INTELLIGENT_GPU,8,120,310000,30,50000,310000,true,STANDARD\n"));
    assertThat(json).isEqualTo(csv);
    assertThat(csv.get(0)).isEqualTo(new DemandEvent(5, ResourceKind.INTELLIGENT_GPU, 8, 120, "310000", 30, 50_000,
        Set.of("310000"), true, ServiceLevel.STANDARD));
  }

  @Test
  void readsPoolsFromJsonAndRejectsMalformedCsv() {
    List<CandidatePool> pools = TraceFiles.readPools("p.json", text("""
        [{"poolId": "gz-1", "providerId": "p", "regionCode": "520000", "zone": "az1", "kind": "GENERAL_CPU",
          "unit": "core", "totalUnits": 512, "remainingUnits": 500, "unitPriceFen": 6, "pue": 1.2,
          "greenShare": 0.6, "health": "UP", "admissionClass": "BASIC", "providerReliability": 0.99,
          "tags": ["arm"]}]"""));
    assertThat(pools).singleElement().satisfies(p -> assertThat(p.tags()).containsExactly("arm"));
    assertThatThrownBy(() -> TraceFiles.readTrace("t.csv", text("wrong,header\n")))
        .hasMessageContaining("header");
    assertThatThrownBy(() -> TraceFiles.readTrace("t.csv", text(TraceFiles.TRACE_HEADER + "\n1,GPU\n")))
        .hasMessageContaining("Line 2");
  }
}
