package io.computility.hub.workers.placement;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.placement.CapacityReservations.Outcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PlacementSpringTest
class CapacityReservationsTest {

  @Autowired
  CapacityReservations reservations;
  @Autowired
  CapacityReservationWorker reserveWorker;
  @Autowired
  CapacityReleaseWorker releaseWorker;

  private static WorkItem task(Map<String, Object> variables) {
    return new WorkItem("t", "p", null, "reserveCapacity", 3, variables);
  }

  private static String id(String prefix) {
    return prefix + "-" + UUID.randomUUID();
  }

  @Test
  void fiftyConcurrentConfirmationsOnTenGpusYieldExactlyTenReservations() throws Exception {
    String pool = id("pool");
    reservations.registerCapacity(pool, 10);
    ExecutorService threads = Executors.newFixedThreadPool(50);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Outcome>> outcomes = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      String demand = id("demand" + i);
      outcomes.add(threads.submit(() -> {
        start.await();
        return reservations.reserve(demand, pool, 1, "balanced", 1, null);
      }));
    }
    start.countDown();
    List<Outcome> results = new ArrayList<>();
    for (Future<Outcome> outcome : outcomes) {
      results.add(outcome.get(60, TimeUnit.SECONDS));
    }
    threads.shutdown();

    Map<Outcome, Long> counts = results.stream().collect(Collectors.groupingBy(Function.identity(),
        Collectors.counting()));
    assertThat(counts).containsEntry(Outcome.RESERVED, 10L).containsEntry(Outcome.INSUFFICIENT_CAPACITY, 40L);
    assertThat(reservations.available(pool)).isZero();
  }

  @Test
  void ordinaryDemandCannotTakeThePublicServiceShare() {
    String pool = id("pool");
    reservations.registerCapacity(pool, 10);
    // ceil(10 × 0.25) = 3 units kept for public service: ordinary demand may hold 7.
    assertThat(reservations.setPublicServiceShare(pool, new BigDecimal("0.25"))).isTrue();
    assertThat(reservations.setPublicServiceShare(id("nowhere"), BigDecimal.ONE)).isFalse();

    String ordinary = id("ordinary");
    assertThat(reservations.reserve(ordinary, pool, 7, null, null, null)).isEqualTo(Outcome.RESERVED);
    assertThat(reservations.reserve(id("ordinary"), pool, 1, null, null, null))
        .isEqualTo(Outcome.INSUFFICIENT_CAPACITY);
    String publicService = id("public");
    assertThat(reserveWorker.work(task(Map.of("demandId", publicService, "poolId", pool, "units", 2L,
        "userClass", "PUBLIC_SERVICE")))).isEqualTo(WorkResult.complete(Map.of("reservationOutcome", "RESERVED")));
    assertThat(reservations.available(pool)).isEqualTo(1);

    // Released public-service units go back to the share, not to ordinary demand.
    reservations.release(publicService, "CANCELLED");
    assertThat(reservations.reserve(id("ordinary"), pool, 1, null, null, null))
        .isEqualTo(Outcome.INSUFFICIENT_CAPACITY);
    // Released ordinary units are ordinary again; public service may still take every free unit.
    reservations.release(ordinary, "CANCELLED");
    assertThat(reservations.reserve(id("ordinary"), pool, 7, null, null, null)).isEqualTo(Outcome.RESERVED);
    assertThat(reservations.reserve(id("public"), pool, 3, null, null, null, true)).isEqualTo(Outcome.RESERVED);
    assertThat(reservations.available(pool)).isZero();
  }

  @Test
  void reservingIsIdempotentPerDemand() {
    String pool = id("pool");
    String demand = id("demand");
    reservations.registerCapacity(pool, 4);
    assertThat(reservations.reserve(demand, pool, 3, "balanced", 7, null))
        .isEqualTo(Outcome.RESERVED);
    assertThat(reservations.reserve(demand, pool, 3, null, null, null)).isEqualTo(Outcome.ALREADY_RESERVED);
    assertThat(reservations.reserve(demand, pool, 2, null, null, null)).isEqualTo(Outcome.CONFLICT);
    assertThat(reservations.available(pool)).isEqualTo(1);
    assertThat(reservations.find(demand).policyVersion()).isEqualTo(7);
    assertThat(reservations.reserve(id("other"), pool, 2, null, null, null)).isEqualTo(Outcome.INSUFFICIENT_CAPACITY);
    assertThat(reservations.reserve(id("other"), id("nowhere"), 1, null, null, null)).isEqualTo(Outcome.UNKNOWN_POOL);
  }

  @Test
  void releasingReturnsTheUnitsOnce() {
    String pool = id("pool");
    String demand = id("demand");
    reservations.registerCapacity(pool, 4);
    reservations.reserve(demand, pool, 4, null, null, null);
    assertThat(reservations.release(demand, "CANCELLED")).isTrue();
    assertThat(reservations.release(demand, "CANCELLED")).isFalse();
    assertThat(reservations.available(pool)).isEqualTo(4);
    assertThat(reservations.reserve(demand, pool, 4, null, null, null)).isEqualTo(Outcome.ALREADY_RELEASED);
    assertThat(reservations.release(id("never"), "CANCELLED")).isFalse();
    assertThat(reservations.history(pool)).containsExactly("CAPACITY_SET", "RESERVED", "RELEASED");
  }

  @Test
  void expiredHoldsAreReleased() {
    String pool = id("pool");
    String expired = id("expired");
    String live = id("live");
    reservations.registerCapacity(pool, 10);
    reservations.reserve(expired, pool, 3, null, null, Instant.now().minusSeconds(60));
    reservations.reserve(live, pool, 2, null, null, Instant.now().plusSeconds(3600));

    assertThat(reservations.releaseExpired()).isGreaterThanOrEqualTo(1);
    assertThat(reservations.find(expired).state()).isEqualTo("RELEASED");
    assertThat(reservations.find(live).state()).isEqualTo("RESERVED");
    assertThat(reservations.available(pool)).isEqualTo(8);
  }

  @Test
  void workersReserveAndReleaseForTheOrderProcess() {
    String pool = id("pool");
    String demand = id("demand");
    reservations.registerCapacity(pool, 2);
    Map<String, Object> reserve = Map.of("demandId", demand, "poolId", pool, "units", 2L, "policyName", "balanced",
        "policyVersion", 3, "holdMinutes", 30);

    assertThat(reserveWorker.work(task(reserve))).isEqualTo(
        WorkResult.complete(Map.of("reservationOutcome", "RESERVED")));
    assertThat(reserveWorker.work(task(reserve))).isEqualTo(
        WorkResult.complete(Map.of("reservationOutcome", "ALREADY_RESERVED")));
    assertThat(reserveWorker.work(task(Map.of("demandId", id("other"), "poolId", pool, "units", 1))))
        .isInstanceOfSatisfying(WorkResult.BpmnError.class,
            error -> assertThat(error.code()).isEqualTo("INSUFFICIENT_CAPACITY"));
    assertThat(reservations.find(demand).policyVersion()).isEqualTo(3);

    assertThat(releaseWorker.work(task(Map.of("demandId", demand, "reason", "TIMEOUT"))))
        .isEqualTo(WorkResult.complete(Map.of("capacityReleased", true)));
    assertThat(releaseWorker.work(task(Map.of("demandId", demand))))
        .isEqualTo(WorkResult.complete(Map.of("capacityReleased", false)));
    assertThat(reservations.available(pool)).isEqualTo(2);
  }
}
