package io.computility.hub.workers.billing.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.hub.workers.billing.reconciliation.ReconciliationLine.Outcome;
import io.computility.hub.workers.metering.Meter;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class UsageComparisonTest {

  static UsageLine hub(String allocation, String quantity) {
    return new UsageLine(allocation, "order-" + allocation, Meter.GPU_HOURS, new BigDecimal(quantity));
  }

  static UsageLine provider(String allocation, String quantity) {
    return new UsageLine(allocation, null, Meter.GPU_HOURS, new BigDecimal(quantity));
  }

  @Test
  void matchesWithinTheToleranceAndFindsDifferencesAndGapsOnEitherSide() {
    List<ReconciliationLine> lines = UsageComparison.compare(
        List.of(hub("a1", "10.000"), hub("a2", "5.000"), hub("a3", "2.000"), hub("a4", "1.000")),
        List.of(provider("a1", "10.010"), provider("a2", "5.011"), provider("a4", "0.500"), provider("a4", "0.500"),
            provider("a5", "3.000")),
        new BigDecimal("0.01"));

    assertThat(lines).extracting(ReconciliationLine::allocationId, ReconciliationLine::outcome).containsExactly(
        org.assertj.core.groups.Tuple.tuple("a1", Outcome.MATCH),
        org.assertj.core.groups.Tuple.tuple("a2", Outcome.DIFFERENCE),
        org.assertj.core.groups.Tuple.tuple("a3", Outcome.MISSING_AT_PROVIDER),
        org.assertj.core.groups.Tuple.tuple("a4", Outcome.MATCH),
        org.assertj.core.groups.Tuple.tuple("a5", Outcome.MISSING_AT_HUB));
    assertThat(lines.get(2).providerQuantity()).isNull();
    assertThat(lines.get(3).providerQuantity()).isEqualByComparingTo("1.000");
    assertThat(lines.get(4).orderId()).isNull();
    assertThat(lines).extracting(ReconciliationLine::lineNo).containsExactly(1, 2, 3, 4, 5);
  }

  @Test
  void theSameAllocationOnAnotherMeterIsAnotherLine() {
    List<ReconciliationLine> lines = UsageComparison.compare(List.of(hub("a1", "1")),
        List.of(new UsageLine("a1", null, Meter.NETWORK_GB, BigDecimal.ONE)), BigDecimal.ZERO);

    assertThat(lines).extracting(ReconciliationLine::outcome)
        .containsExactly(Outcome.MISSING_AT_PROVIDER, Outcome.MISSING_AT_HUB);
  }

  @Test
  void aMeterOneSideDoesNotStateAndTheOtherStatesAsUnusedIsNoLine() {
    List<ReconciliationLine> lines = UsageComparison.compare(
        List.of(hub("a1", "1.000"), new UsageLine("a1", "order-a1", Meter.NETWORK_GB, new BigDecimal("0.000"))),
        List.of(provider("a1", "1.000"), provider("a2", "0.004")), new BigDecimal("0.01"));

    assertThat(lines).extracting(ReconciliationLine::meter, ReconciliationLine::outcome)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Meter.GPU_HOURS, Outcome.MATCH));
  }
}
