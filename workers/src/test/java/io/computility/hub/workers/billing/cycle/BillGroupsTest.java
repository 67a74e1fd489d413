package io.computility.hub.workers.billing.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BillGroupsTest {

  static final Instant T0 = Instant.parse("2026-11-03T08:00:00Z");

  static OrderCharge charge(String orderId, int day, long amountFen) {
    return charge(orderId, day, amountFen, null);
  }

  static OrderCharge charge(String orderId, int day, long amountFen, String project) {
    return new OrderCharge("bill-" + orderId, orderId, "acme", "provider-a", amountFen, T0.plusSeconds(86_400L * day),
        project, project == null ? null : "Project " + project);
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
  void splitByProjectGivesEachProjectABillAndOrdersOfNoProjectOneTogether() {
    List<OrderCharge> projects = List.of(charge("o1", 1, 100, "alpha"), charge("o2", 2, 200, null),
        charge("o3", 3, 300, "beta"), charge("o4", 4, 400, "alpha"), charge("o5", 5, 500, null));

    assertThat(BillGroups.group(projects, Grouping.SPLIT_BY_PROJECT, Set.of()))
        .containsExactly(List.of(projects.get(0), projects.get(3)), List.of(projects.get(1), projects.get(4)),
            List.of(projects.get(2)));
  }

  @Test
  void anOperatorSplitsOneOrderOffItsProjectsBill() {
    List<OrderCharge> projects = List.of(charge("o1", 1, 100, "alpha"), charge("o2", 2, 200, "alpha"),
        charge("o3", 3, 300, "alpha"));

    assertThat(BillGroups.group(projects, Grouping.SPLIT_BY_PROJECT, Set.of("o2")))
        .containsExactly(List.of(projects.get(0), projects.get(2)), List.of(projects.get(1)));
  }

  @Test
  void noChargesNoBills() {
    assertThat(BillGroups.group(List.of(), Grouping.MERGE, Set.of("o2"))).isEmpty();
  }
}
