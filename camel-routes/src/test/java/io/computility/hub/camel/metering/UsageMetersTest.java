package io.computility.hub.camel.metering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.computility.hub.camel.resource.ConversionTable;
import io.computility.hub.camel.resource.Health;
import io.computility.hub.camel.resource.Measurement;
import io.computility.hub.camel.resource.ResourceKind;
import io.computility.hub.camel.resource.ResourcePool;
import io.computility.hub.workers.metering.Meter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;

/** The mapping from a pool's unit-hours to the hub's meters, for every kind, with the shipped conversion table. */
class UsageMetersTest {

  private final Measurement measurement =
      new Measurement(ConversionTable.load(new ClassPathResource("measurement/conversion-table.yml")));
  private final UsageMeters meters = new UsageMeters(measurement);

  @ParameterizedTest(name = "{0} {1}: 2.5 unit-hours = {3} {2}")
  @CsvSource(delimiter = '|', value = {
      // eight accelerators per server
      "INTELLIGENT    | 8 × A800-80G + 2 × Xeon 8480+ + 32 × DDR5-64G  | GPU_HOURS            | 20",
      // one accelerator per container quota unit
      "INTELLIGENT    | H20                                             | GPU_HOURS            | 2.5",
      // 56 core-equivalents (reference core = 1.0)
      "GENERAL        | Xeon 8480+ + 8 × DDR5-64G                       | CORE_HOURS           | 140",
      // two CPUs of 24 core-equivalents per node
      "SUPERCOMPUTING | 2 × Hygon C86 7390 + 8 × DDR4-32G + InfiniBand HDR 200G | HPC_CORE_HOURS | 120",
      // 15.36 TB = 15,360 GB for 2.5 h = 15,360 × 2.5 / 24 GB-days = 1,600
      "STORAGE        | 2 × NVMe SSD 7.68TB                             | STORAGE_GB_DAYS      | 1600",
      // one 100G circuit for 2.5 h
      "NETWORK        | Carrier 100G                                    | BANDWIDTH_GBPS_HOURS | 250"})
  void mapsUnitHoursToThePrimaryMeterOfTheKind(ResourceKind kind, String spec, Meter meter, String expected) {
    Map<Meter, BigDecimal> readings = meters.readings(pool(kind, spec), new BigDecimal("2.5"), null);

    assertThat(readings).containsOnlyKeys(meter);
    assertThat(readings.get(meter)).isEqualByComparingTo(expected);
    assertThat(readings.get(meter).scale()).isEqualTo(UsageMeters.SCALE);
  }

  @Test
  void addsTransferredGigabytesWhenTheProviderReportsThem() {
    Map<Meter, BigDecimal> readings = meters.readings(pool(ResourceKind.NETWORK, "Carrier 10G"), new BigDecimal("3"),
        new BigDecimal("123.45678"));

    assertThat(readings).containsOnlyKeys(Meter.BANDWIDTH_GBPS_HOURS, Meter.NETWORK_GB);
    assertThat(readings.get(Meter.BANDWIDTH_GBPS_HOURS)).isEqualByComparingTo("30");
    assertThat(readings.get(Meter.NETWORK_GB)).isEqualByComparingTo("123.4568");
  }

  @Test
  void namesTheMeterUnitsInOneUnitHourSoPricesCanBeStatedPerMeterUnit() {
    UsageMeters.PrimaryMeter storage = meters.primary(pool(ResourceKind.STORAGE, "4 × HDD 18TB"));

    assertThat(storage.meter()).isEqualTo(Meter.STORAGE_GB_DAYS);
    assertThat(storage.perUnitHour()).isEqualByComparingTo("3000");
    assertThat(meters.primary(pool(ResourceKind.QUANTUM, "H20")).perUnitHour()).isEqualByComparingTo("1");
  }

  @Test
  void refusesToMeterAnIntelligentPoolWithoutAccelerators() {
    assertThatThrownBy(() -> meters.primary(pool(ResourceKind.INTELLIGENT, "Xeon 8480+")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("GPU_HOURS");
  }

  private ResourcePool pool(ResourceKind kind, String spec) {
    return new ResourcePool("p:x", "p", "x", kind, "110000", null, spec, "CLASS", null, 10, 10,
        measurement.measure(spec), 100, "CNY", Health.UP, List.of(), Instant.EPOCH);
  }
}
