package io.computility.hub.workers.billing.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BillGroupsTest {

  static final Instant T0 = Instant.parse("2026-11-03T08:00:00Z");

  static OrderCharge charge(String orderId, int day, long amountFen) {
    return new OrderCharge("bill-" + orderId, orderId, "acme", "provider-a", amountFen, T0.plusSeconds(86_400L * day));
  }

  final List<OrderCharge> charges = List.of(charge("o3", 3, 300), charge("o1", 1, 100), charge("o2", 2, 200));

  @Test
  void mergePutsEveryOrderOnOneBillInIssueOrder() {
    assertThat(BillGroups.group(charges, Grouping.MERGE, Set.of()))
        .containsExactly(List.of(charges.get(1), charges.get(2), charges.get(0)));
  }

  @Test
  void splitByOrderGivesEachOrderItsOwnBill() {
    assertThat(BillGroups.group(charges, Grouping.SPLIT_BY_ORDER, Set.of()))
        .containsExactly(List.of(charges.get(1)), List.of(charges.get(2)), List.of(charges.get(0)));
  }

  @Test
  void anOperatorSplitsOneOrderOffAMergedBill() {
    assertThat(BillGroups.group(charges, Grouping.MERGE, Set.of("o2")))
        .containsExactly(List.of(charges.get(1), charges.get(0)), List.of(charges.get(2)));
  }

  @Test
  void noChargesNoBills() {
    assertThat(BillGroups.group(List.of(), Grouping.MERGE, Set.of("o2"))).isEmpty();
  }
}
