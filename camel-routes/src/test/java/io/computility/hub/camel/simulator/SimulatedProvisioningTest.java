package io.computility.hub.camel.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.computility.hub.camel.CamelRoutesTest;
import io.computility.hub.camel.TestClock;
import io.computility.hub.camel.adapter.Allocation;
import io.computility.hub.camel.adapter.AllocationState;
import io.computility.hub.camel.adapter.ProviderCallException;
import io.computility.hub.camel.adapter.ProviderGateway;
import io.computility.hub.camel.adapter.ProvisionRequest;
import io.computility.hub.camel.adapter.UsageReport;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The simulator's asynchronous provisioning, driven by the hub's clock (the test configuration's provisioning delay
 * is ten minutes), through the real adapters over HTTP.
 */
@CamelRoutesTest
class SimulatedProvisioningTest {

  private static final Duration DELAY = Duration.ofMinutes(10);

  @Autowired
  ProviderGateway gateway;

  @Autowired
  TestClock clock;

  @Autowired
  TestRestTemplate http;

  @Test
  void aCloudServerBuildsForTheDelayThenRunsAndAccruesUsageByTheClock() {
    Allocation server = gateway.provision(new ProvisionRequest("sim-bj-cloud", "c7.56c", 3, order()));
    assertThat(server.state()).isEqualTo(AllocationState.PENDING);
    assertThat(gateway.status("sim-bj-cloud", server.id()).state()).isEqualTo(AllocationState.PENDING);
    assertThat(gateway.readUsage("sim-bj-cloud", server.id()).unitHours()).isZero();

    clock.advance(DELAY);
    assertThat(gateway.status("sim-bj-cloud", server.id()).state()).isEqualTo(AllocationState.ACTIVE);
    clock.advance(Duration.ofHours(2));
    UsageReport usage = gateway.readUsage("sim-bj-cloud", server.id());

    // 3 instances for 2 hours, within the milliseconds that pass between the clock's reads
    assertThat(usage.unitHours()).isBetween(new BigDecimal("6"), new BigDecimal("6.01"));
    assertThat(usage.transferredGb()).isZero();
    gateway.release("sim-bj-cloud", server.id());
  }

  @Test
  void theProvisioningFailureFaultFailsAServerOnceItsDelayIsOver() {
    setFaults("sim-gz-cloud", new SimulatorState.Faults(0, 0, 503, false, true, null, null));
    Allocation server;
    try {
      server = gateway.provision(new ProvisionRequest("sim-gz-cloud", "kc1.48c", 1, order()));
    } finally {
      http.delete("/simulator/sim-gz-cloud/_faults");
    }
    assertThat(server.state()).isEqualTo(AllocationState.PENDING);

    clock.advance(DELAY);
    Allocation failed = gateway.status("sim-gz-cloud", server.id());

    assertThat(failed.state()).isEqualTo(AllocationState.FAILED);
    assertThat(failed.detail()).isEqualTo("ERROR: " + SimulatorState.PROVISIONING_FAILURE);
    assertThat(gateway.release("sim-gz-cloud", server.id()).state()).isEqualTo(AllocationState.RELEASED);
  }

  @Test
  void aSlurmJobQueuesThenRunsOrFailsToBoot() {
    Allocation job = gateway.provision(new ProvisionRequest("sim-cd-hpc", "cpu", 4, order()));
    setFaults("sim-cd-hpc", new SimulatorState.Faults(0, 0, 503, false, true, null, null));
    Allocation failing;
    try {
      failing = gateway.provision(new ProvisionRequest("sim-cd-hpc", "cpu", 2, order()));
    } finally {
      http.delete("/simulator/sim-cd-hpc/_faults");
    }
    assertThat(gateway.status("sim-cd-hpc", job.id()).state()).isEqualTo(AllocationState.PENDING);

    clock.advance(DELAY.plusHours(1));

    assertThat(gateway.status("sim-cd-hpc", job.id()).state()).isEqualTo(AllocationState.ACTIVE);
    assertThat(gateway.readUsage("sim-cd-hpc", job.id()).unitHours()).isBetween(new BigDecimal("4"),
        new BigDecimal("4.01"));
    Allocation failed = gateway.status("sim-cd-hpc", failing.id());
    assertThat(failed.state()).isEqualTo(AllocationState.FAILED);
    assertThat(failed.detail()).startsWith("BOOT_FAIL");
    gateway.release("sim-cd-hpc", job.id());
    gateway.release("sim-cd-hpc", failing.id());
  }

  @Test
  void aCarrierConnectionCarriesTrafficAtTheConfiguredOrFaultRate() {
    Allocation connection = gateway.provision(new ProvisionRequest("sim-carrier", "sh-zj-10g", 2, order()));
    assertThat(connection.state()).isEqualTo(AllocationState.PENDING);
    clock.advance(DELAY);
    assertThat(gateway.status("sim-carrier", connection.id()).state()).isEqualTo(AllocationState.ACTIVE);
    clock.advance(Duration.ofHours(1));

    UsageReport usage = gateway.readUsage("sim-carrier", connection.id());
    // 2 circuits for an hour at the default 100 GB per circuit-hour
    assertThat(usage.transferredGb()).isBetween(new BigDecimal("200"), new BigDecimal("201"));

    setFaults("sim-carrier", new SimulatorState.Faults(0, 0, 503, false, false, new BigDecimal("3"),
        new BigDecimal("10")));
    try {
      UsageReport inflated = gateway.readUsage("sim-carrier", connection.id());
      assertThat(inflated.unitHours()).isBetween(new BigDecimal("6"), new BigDecimal("6.01"));
      assertThat(inflated.transferredGb()).isBetween(new BigDecimal("60"), new BigDecimal("60.1"));
    } finally {
      http.delete("/simulator/sim-carrier/_faults");
    }
    gateway.release("sim-carrier", connection.id());
  }

  @Test
  void aNamespaceIsActiveAtOnceUnlessProvisioningFailuresAreSimulated() {
    Allocation namespace = gateway.provision(new ProvisionRequest("sim-gs-k8s", "kunlun-r200", 2, order()));
    assertThat(namespace.state()).isEqualTo(AllocationState.ACTIVE);
    assertThat(gateway.status("sim-gs-k8s", namespace.id()).state()).isEqualTo(AllocationState.ACTIVE);
    gateway.release("sim-gs-k8s", namespace.id());

    setFaults("sim-gs-k8s", new SimulatorState.Faults(0, 0, 503, false, true, null, null));
    try {
      assertThatThrownBy(() -> gateway.provision(new ProvisionRequest("sim-gs-k8s", "kunlun-r200", 2,
          order()))).isInstanceOfSatisfying(ProviderCallException.class, e -> {
            assertThat(e.retryable()).isFalse();
            assertThat(e.statusCode()).isEqualTo(409);
          });
    } finally {
      http.delete("/simulator/sim-gs-k8s/_faults");
    }
  }

  private void setFaults(String providerId, SimulatorState.Faults faults) {
    http.put("/simulator/" + providerId + "/_faults", faults);
  }

  private static String order() {
    return "ord-" + UUID.randomUUID();
  }
}
