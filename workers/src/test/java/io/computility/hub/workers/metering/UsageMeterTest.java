package io.computility.hub.workers.metering;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.hub.workers.WorkersTestApplication;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = WorkersTestApplication.class)
class UsageMeterTest {

  private static final Instant T0 = Instant.parse("2026-11-27T08:00:00Z");

  @Autowired UsageMeter meter;

  String orderId;

  @BeforeEach
  void newOrder() {
    orderId = "order-" + UUID.randomUUID();
  }

  private static UsageReading reading(int minutes, String gpuHours) {
    return new UsageReading("alloc-1", Map.of(Meter.GPU_HOURS, new BigDecimal(gpuHours)),
        T0.plusSeconds(60L * minutes));
  }

  private BigDecimal gpuHours() {
    return meter.totals(orderId).getOrDefault(Meter.GPU_HOURS, BigDecimal.ZERO);
  }

  @Test
  void eachPeriodHoldsTheDifferenceSinceThePreviousReading() {
    meter.record(orderId, new UsageReading("alloc-1", Map.of(Meter.GPU_HOURS, new BigDecimal("0.5"),
        Meter.NETWORK_GB, new BigDecimal("1.25")), T0));
    meter.record(orderId, new UsageReading("alloc-1", Map.of(Meter.GPU_HOURS, new BigDecimal("1.5"),
        Meter.NETWORK_GB, new BigDecimal("4")), T0.plusSeconds(3600)));

    assertThat(meter.totals(orderId)).containsEntry(Meter.GPU_HOURS, new BigDecimal("1.500000"))
        .containsEntry(Meter.NETWORK_GB, new BigDecimal("4.000000"));
    List<UsageRecord> gpu = meter.records(orderId).stream().filter(r -> r.meter() == Meter.GPU_HOURS).toList();
    assertThat(gpu).extracting(UsageRecord::periodNo).containsExactly(1, 2);
    assertThat(gpu).extracting(UsageRecord::quantity)
        .containsExactly(new BigDecimal("0.500000"), new BigDecimal("1.000000"));
    assertThat(gpu.get(1).periodStart()).isEqualTo(T0);
    assertThat(gpu.get(1).periodEnd()).isEqualTo(T0.plusSeconds(3600));
    assertThat(gpu.get(1).cumulative()).isEqualByComparingTo("1.5");
    assertThat(gpu.get(1).source()).isEqualTo("alloc-1");
  }

  @Test
  void aRepeatedSampleCountsOnce() {
    assertThat(meter.record(orderId, reading(0, "1"))).containsEntry(Meter.GPU_HOURS, SampleOutcome.RECORDED);
    assertThat(meter.record(orderId, reading(10, "2"))).containsEntry(Meter.GPU_HOURS, SampleOutcome.RECORDED);

    assertThat(meter.record(orderId, reading(10, "2"))).containsEntry(Meter.GPU_HOURS, SampleOutcome.IGNORED);

    assertThat(gpuHours()).isEqualByComparingTo("2");
    assertThat(meter.records(orderId)).hasSize(2);
  }

  @Test
  void aLateSampleIsIgnoredBecauseTheLaterCumulativeIncludesIt() {
    meter.record(orderId, reading(0, "1"));
    meter.record(orderId, reading(20, "3"));

    assertThat(meter.record(orderId, reading(10, "2"))).containsEntry(Meter.GPU_HOURS, SampleOutcome.IGNORED);
    meter.record(orderId, reading(30, "4"));

    assertThat(gpuHours()).isEqualByComparingTo("4");
    assertThat(meter.records(orderId)).extracting(UsageRecord::quantity).containsExactly(
        new BigDecimal("1.000000"), new BigDecimal("2.000000"), new BigDecimal("1.000000"));
  }

  @Test
  void aGapIsCoveredByTheNextReadingAsOneLongerPeriod() {
    meter.record(orderId, reading(0, "1"));
    meter.record(orderId, reading(10, "2"));
    // The samples at 20 and 30 minutes were missed.
    meter.record(orderId, reading(40, "5.5"));

    UsageRecord last = meter.records(orderId).get(2);
    assertThat(last.periodStart()).isEqualTo(T0.plusSeconds(600));
    assertThat(last.periodEnd()).isEqualTo(T0.plusSeconds(2400));
    assertThat(last.quantity()).isEqualByComparingTo("3.5");
    assertThat(gpuHours()).isEqualByComparingTo("5.5");
  }

  @Test
  void aDecreasingCumulativeIsAnAnomalyWithoutUsageAndTheNewBase() {
    meter.record(orderId, reading(0, "10"));

    assertThat(meter.record(orderId, reading(10, "2"))).containsEntry(Meter.GPU_HOURS, SampleOutcome.ANOMALY);
    meter.record(orderId, reading(20, "3"));

    List<UsageRecord> records = meter.records(orderId);
    assertThat(records.get(1).anomaly()).isEqualTo(UsageRecord.CUMULATIVE_DECREASED);
    assertThat(records.get(1).quantity()).isEqualByComparingTo("0");
    assertThat(records.get(2).anomaly()).isNull();
    assertThat(records.get(2).quantity()).isEqualByComparingTo("1");
    assertThat(gpuHours()).isEqualByComparingTo("11");
  }

  @Test
  void concurrentIdenticalSamplesAreCountedOnce() throws Exception {
    meter.record(orderId, reading(0, "1"));
    List<Callable<Map<Meter, SampleOutcome>>> samples = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      samples.add(() -> meter.record(orderId, reading(10, "3")));
    }

    List<Map<Meter, SampleOutcome>> outcomes = runConcurrently(samples);

    assertThat(outcomes).filteredOn(o -> o.get(Meter.GPU_HOURS) == SampleOutcome.RECORDED).hasSize(1);
    assertThat(gpuHours()).isEqualByComparingTo("3");
    assertThat(meter.records(orderId)).hasSize(2);
  }

  @Test
  void concurrentDifferentSamplesFromOneBaseNeverOverlap() throws Exception {
    meter.record(orderId, reading(0, "1"));
    List<Callable<Map<Meter, SampleOutcome>>> samples = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      int minutes = i;
      samples.add(() -> meter.record(orderId, reading(minutes, String.valueOf(1 + minutes))));
    }

    runConcurrently(samples);

    // Whichever samples won, the chain of periods is unbroken and the total is the last accepted cumulative.
    List<UsageRecord> records = meter.records(orderId);
    for (int i = 1; i < records.size(); i++) {
      assertThat(records.get(i).periodStart()).isEqualTo(records.get(i - 1).periodEnd());
    }
    assertThat(gpuHours()).isEqualByComparingTo(records.get(records.size() - 1).cumulative());
  }

  private static <T> List<T> runConcurrently(List<Callable<T>> calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    try {
      List<T> results = new ArrayList<>();
      for (Future<T> future : pool.invokeAll(calls)) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdown();
    }
  }
}
