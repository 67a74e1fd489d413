package io.computility.hub.workers.billing.cycle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Puts an account's order charges of a month on monthly bills: merged, split per order or per project, or so
 * but for some orders.
 */
final class BillGroups {

  private BillGroups() {
  }

  /**
   * The charges, bill by bill: the shared bills (the merged one, or one per project in the order of their first
   * charge, orders of no project together) first, then the orders billed on their own in the order they were
   * issued; empty groups are never returned.
   *
   * @param grouping the account's preference or the operator's choice
   * @param splitOrders orders that get a bill of their own whatever the grouping (an operator's instruction)
   */
  static List<List<OrderCharge>> group(List<OrderCharge> charges, Grouping grouping, Set<String> splitOrders) {
    List<OrderCharge> sorted = charges.stream()
        .sorted(Comparator.comparing(OrderCharge::issuedAt).thenComparing(OrderCharge::billId)).toList();
    Map<Object, List<OrderCharge>> shared = new LinkedHashMap<>();
    List<List<OrderCharge>> own = new ArrayList<>();
    for (OrderCharge charge : sorted) {
      if (grouping == Grouping.SPLIT_BY_ORDER || splitOrders.contains(charge.orderId())) {
        own.add(List.of(charge));
      } else {
        Object bill = grouping == Grouping.SPLIT_BY_PROJECT ? Optional.ofNullable(charge.projectCode())
            : Grouping.MERGE;
        shared.computeIfAbsent(bill, key -> new ArrayList<>()).add(charge);
      }
    }
    List<List<OrderCharge>> bills = new ArrayList<>();
    shared.values().forEach(group -> bills.add(List.copyOf(group)));
    bills.addAll(own);
    return List.copyOf(bills);
  }
}
