package io.computility.hub.workers.billing.cycle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Puts an account's order charges of a month on monthly bills: merged, split, or merged but for some orders. */
final class BillGroups {

  private BillGroups() {
  }

  /**
   * The charges, bill by bill, in the order they were issued; empty groups are never returned.
   *
   * @param grouping the account's preference or the operator's choice
   * @param splitOrders orders that get a bill of their own whatever the grouping (an operator's instruction)
   */
  static List<List<OrderCharge>> group(List<OrderCharge> charges, Grouping grouping, Set<String> splitOrders) {
    List<OrderCharge> sorted = charges.stream()
        .sorted(Comparator.comparing(OrderCharge::issuedAt).thenComparing(OrderCharge::billId)).toList();
    List<List<OrderCharge>> bills = new ArrayList<>();
    List<OrderCharge> merged = new ArrayList<>();
    for (OrderCharge charge : sorted) {
      if (grouping == Grouping.SPLIT_BY_ORDER || splitOrders.contains(charge.orderId())) {
        bills.add(List.of(charge));
      } else {
        merged.add(charge);
      }
    }
    if (!merged.isEmpty()) {
      bills.add(0, List.copyOf(merged));
    }
    return List.copyOf(bills);
  }
}
