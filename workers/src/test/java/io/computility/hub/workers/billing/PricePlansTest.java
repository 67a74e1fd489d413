package io.computility.hub.workers.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.computility.hub.workers.WorkersTestApplication;
import io.computility.hub.workers.metering.Meter;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
class PricePlansTest {

  @Autowired PricePlans plans;
  @Autowired Rating rating;

  String productId;

  @BeforeEach
  void newProduct() {
    productId = "product-" + UUID.randomUUID();
  }

  @Test
  void samePricesKeepTheVersionNewPricesMakeTheNextOne() {
    PricePlan first = plans.ensure(productId, Map.of(Meter.GPU_HOURS, 2_000L, Meter.NETWORK_GB, 80L));
    PricePlan again = plans.ensure(productId, Map.of(Meter.NETWORK_GB, 80L, Meter.GPU_HOURS, 2_000L));
    PricePlan cheaper = plans.ensure(productId, Map.of(Meter.GPU_HOURS, 1_800L, Meter.NETWORK_GB, 80L));

    assertThat(first.version()).isEqualTo(1);
    assertThat(again.version()).isEqualTo(1);
    assertThat(cheaper.version()).isEqualTo(2);
    assertThat(plans.current(productId)).isEqualTo(cheaper);
    assertThat(plans.version(productId, 1).fenPerUnit()).containsEntry(Meter.GPU_HOURS, 2_000L)
        .containsEntry(Meter.NETWORK_GB, 80L).hasSize(2);
    // Going back to the first prices is a change too: a new version, the old one stays as it was.
    assertThat(plans.ensure(productId, Map.of(Meter.GPU_HOURS, 2_000L, Meter.NETWORK_GB, 80L)).version())
        .isEqualTo(3);
  }

  @Test
  void aPricePerBundleOfMeterUnitsIsKeptExactlyAndRatedWithoutRoundingThePricePerUnit() {
    // a 56-core instance at 1,200 fen per unit-hour, and a storage volume whose unit-hour is 1000/24 GB·d
    BigDecimal storageUnitHour = new BigDecimal(1000).divide(new BigDecimal(24), 10, RoundingMode.HALF_UP);
    List<Charge> charges = List.of(Charge.perBundle(Meter.CORE_HOURS, 1_200L, new BigDecimal(56)),
        Charge.perBundle(Meter.STORAGE_GB_DAYS, 10L, storageUnitHour), Charge.perUnit(Meter.NETWORK_GB, 80L));

    PricePlan plan = plans.ensure(productId, charges);
    assertThat(plans.ensure(productId, charges).version()).isEqualTo(plan.version());
    PricePlan stored = plans.version(productId, plan.version());
    assertThat(stored.charges()).isEqualTo(plan.charges());

    RatedUsage rated = rating.rate("order-1", stored, Map.of(Meter.CORE_HOURS, new BigDecimal(100),
        Meter.STORAGE_GB_DAYS, new BigDecimal("125"), Meter.NETWORK_GB, BigDecimal.ZERO));
    // 100 core·h = 1.785714 unit-hours × 1,200 = 2,142.86 → 2,143 fen (at a rounded 21 fen per core·h: 2,100)
    assertThat(rated.lines()).filteredOn(line -> line.meter() == Meter.CORE_HOURS).singleElement()
        .satisfies(line -> {
          assertThat(line.quantity()).isEqualByComparingTo("1.785714");
          assertThat(line.unit()).isEqualTo("56 core·h");
          assertThat(line.unitPriceFen()).isEqualTo(1_200L);
          assertThat(line.amountFen()).isEqualTo(2_143L);
        });
    // 125 GB·d = 3 unit-hours of a TB × 10 fen (at a rounded 0 fen per GB·d: nothing)
    assertThat(rated.lines()).filteredOn(line -> line.meter() == Meter.STORAGE_GB_DAYS).singleElement()
        .satisfies(line -> assertThat(line.amountFen()).isEqualTo(30L));
    assertThat(rated.totalFen()).isEqualTo(2_173L);
  }

  @Test
  void concurrentEnsuresOfTheSamePricesMakeOneVersion() throws Exception {
    List<Callable<Integer>> calls = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      calls.add(() -> plans.ensure(productId, Map.of(Meter.CORE_HOURS, 30L)).version());
    }
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    List<Integer> versions = new ArrayList<>();
    try {
      for (Future<Integer> future : pool.invokeAll(calls)) {
        versions.add(future.get());
      }
    } finally {
      pool.shutdown();
    }

    assertThat(versions).containsOnly(1);
    assertThat(plans.current(productId).version()).isEqualTo(1);
  }

  @Test
  void unknownPlansAndInvalidPricesAreProblemsNamingTheField() {
    assertThatThrownBy(() -> plans.current(productId))
        .isInstanceOfSatisfying(BillingProblem.UnknownPricePlan.class,
            problem -> assertThat(problem.getBody().getProperties()).containsEntry("field", "productId"));
    plans.ensure(productId, Map.of(Meter.GPU_HOURS, 1L));
    assertThatThrownBy(() -> plans.version(productId, 2))
        .isInstanceOfSatisfying(BillingProblem.UnknownPricePlan.class,
            problem -> assertThat(problem.code()).isEqualTo("UNKNOWN_PRICE_PLAN"));
    assertThatThrownBy(() -> plans.ensure(productId, Map.of(Meter.GPU_HOURS, -1L)))
        .isInstanceOfSatisfying(BillingProblem.Invalid.class,
            problem -> assertThat(problem.getBody().getProperties()).containsEntry("field", "fenPerUnit"));
    assertThatThrownBy(() -> plans.ensure(productId, Map.of())).isInstanceOf(BillingProblem.Invalid.class);
    assertThat(plans.current(productId).version()).isEqualTo(1);
  }
}
