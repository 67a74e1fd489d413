package io.computility.hub.camel.metering;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.hub.camel.CamelRoutesTest;
import io.computility.hub.camel.TestClock;
import io.computility.hub.camel.adapter.Allocation;
import io.computility.hub.camel.adapter.AllocationState;
import io.computility.hub.camel.adapter.ProviderGateway;
import io.computility.hub.camel.adapter.ProvisionRequest;
import io.computility.hub.workers.metering.Meter;
import io.computility.hub.workers.metering.UsageReader;
import io.computility.hub.workers.metering.UsageReading;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Metering's port read against simulated providers over HTTP, with time moved by the test clock. */
@CamelRoutesTest
class ProviderUsageReaderTest {

  @Autowired
  UsageReader reader;

  @Autowired
  ProviderGateway gateway;

  @Autowired
  TestClock clock;

  @Test
  void readsAcceleratorHoursOfAGpuServerAndStorageDaysWithTrafficOfAVolume() {
    Allocation servers = gateway.provision(new ProvisionRequest("sim-bj-cloud", "g8.a800x8", 2, order()));
    Allocation volume = gateway.provision(new ProvisionRequest("sim-bj-cloud", "s1.nvme", 1, order()));
    clock.advance(Duration.ofMinutes(10));
    assertThat(gateway.status("sim-bj-cloud", servers.id()).state()).isEqualTo(AllocationState.ACTIVE);
    clock.advance(Duration.ofHours(3));

    UsageReading gpu = reader.read(servers.id());
    UsageReading storage = reader.read(volume.id());

    // 2 servers × 8 A800 × 3 h, within the milliseconds between the clock's reads
    assertThat(gpu.allocationId()).isEqualTo(servers.id());
    assertThat(gpu.cumulative()).containsOnlyKeys(Meter.GPU_HOURS, Meter.NETWORK_GB);
    assertThat(gpu.cumulative().get(Meter.GPU_HOURS)).isBetween(new BigDecimal("48"), new BigDecimal("48.1"));
    assertThat(gpu.cumulative().get(Meter.NETWORK_GB)).isZero();
    // 15.36 TB × 1000 GB/TB × 3 h ÷ 24 h/d = 1,920 GB·d; 2 GB per unit-hour of storage traffic
    assertThat(storage.cumulative().get(Meter.STORAGE_GB_DAYS)).isBetween(new BigDecimal("1920"),
        new BigDecimal("1921"));
    assertThat(storage.cumulative().get(Meter.NETWORK_GB)).isBetween(new BigDecimal("6"), new BigDecimal("6.01"));
    assertThat(gpu.readAt()).isAfterOrEqualTo(servers.createdAt().plus(Duration.ofHours(3)));
    gateway.release("sim-bj-cloud", servers.id());
    gateway.release("sim-bj-cloud", volume.id());
  }

  private static String order() {
    return "ord-" + UUID.randomUUID();
  }
}
