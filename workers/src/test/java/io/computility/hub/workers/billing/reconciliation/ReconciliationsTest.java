package io.computility.hub.workers.billing.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.computility.hub.workers.MutableClock;
import io.computility.hub.workers.WorkersTestApplication;
import io.computility.hub.workers.billing.BillLine;
import io.computility.hub.workers.billing.Bills;
import io.computility.hub.workers.billing.RatedUsage;
import io.computility.hub.workers.billing.cycle.BillingCycleProperties;
import io.computility.hub.workers.metering.Meter;
import io.computility.hub.workers.metering.UsageMeter;
import io.computility.hub.workers.metering.UsageReading;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Reconciliation against the usage records on MariaDB, and the case it opens. */
@SpringBootTest(classes = WorkersTestApplication.class)
class ReconciliationsTest {

  @Autowired Reconciliations reconciliations;
  @Autowired UsageMeter meter;
  @Autowired Bills bills;
  @Autowired BillingCycleProperties cycle;
  @Autowired MutableClock clock;

  final String provider = "provider-" + UUID.randomUUID();

  private String orderWithUsage(String allocationId, String gpuHours) {
    String orderId = "order-" + UUID.randomUUID();
    meter.record(orderId, new UsageReading(allocationId, Map.of(Meter.GPU_HOURS, new BigDecimal(gpuHours)),
        clock.instant()));
    bills.issue("account-1", provider, new RatedUsage(orderId, "gpu-a100", 1, List.of(new BillLine(1,
        BillLine.Kind.USAGE, Meter.GPU_HOURS, new BigDecimal(gpuHours), "GPU·h", 100, 100)), 100));
    return orderId;
  }

  @Test
  void aDifferenceOpensACaseThatAnOperatorResolves() {
    YearMonth period = YearMonth.from(clock.instant().atZone(cycle.zone()));
    String a1 = "alloc-" + UUID.randomUUID();
    String a2 = "alloc-" + UUID.randomUUID();
    String first = orderWithUsage(a1, "4");
    orderWithUsage(a2, "2");

    Reconciliation matching = reconciliations.reconcile(provider, period, List.of(
        new UsageLine(a1, null, Meter.GPU_HOURS, new BigDecimal("4.005")),
        new UsageLine(a2, null, Meter.GPU_HOURS, new BigDecimal("2"))));
    assertThat(matching.matched()).isEqualTo(2);
    assertThat(matching.caseStatus()).isNull();

    Reconciliation differing = reconciliations.reconcile(provider, period, List.of(
        new UsageLine(a1, null, Meter.GPU_HOURS, new BigDecimal("4.5")),
        new UsageLine(a2, null, Meter.GPU_HOURS, new BigDecimal("2"))));

    assertThat(differing.caseStatus()).isEqualTo(Reconciliation.CaseStatus.OPEN);
    assertThat(differing.differences()).isEqualTo(1);
    assertThat(differing.lines()).filteredOn(line -> line.outcome() == ReconciliationLine.Outcome.DIFFERENCE)
        .singleElement().satisfies(line -> {
          assertThat(line.orderId()).isEqualTo(first);
          assertThat(line.hubQuantity()).isEqualByComparingTo("4");
          assertThat(line.providerQuantity()).isEqualByComparingTo("4.5");
        });
    assertThat(reconciliations.openCases()).extracting(Reconciliation::reconciliationId)
        .contains(differing.reconciliationId());

    Reconciliation resolved = reconciliations.resolve(differing.reconciliationId(), "operator-1");
    assertThat(resolved.caseStatus()).isEqualTo(Reconciliation.CaseStatus.RESOLVED);
    assertThat(resolved.resolvedBy()).isEqualTo("operator-1");
    assertThat(reconciliations.openCases()).extracting(Reconciliation::reconciliationId)
        .doesNotContain(differing.reconciliationId());
    assertThatThrownBy(() -> reconciliations.find("nope"))
        .isInstanceOf(ReconciliationProblem.UnknownReconciliation.class);
  }
}
