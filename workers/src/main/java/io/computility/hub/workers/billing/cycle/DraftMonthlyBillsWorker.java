package io.computility.hub.workers.billing.cycle;

import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.Worker;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Topic {@code billing.cycle.draft}: drafts the monthly bills of a period from its postpaid order bills.
 *
 * <p>Input variables (all optional): {@code period} ({@code yyyy-MM}; default the previous month), {@code
 * accountId} (only this account), {@code grouping} ({@code MERGE}, {@code SPLIT_BY_ORDER} or {@code
 * SPLIT_BY_PROJECT}; default each account's preference), {@code splitOrderIds} (orders billed on their own: a list, or ids separated by commas). Output:
 * {@code period}, {@code monthlyBillIds} (a list, possibly empty). No BPMN errors.
 */
@Component
class DraftMonthlyBillsWorker implements Worker {

  private final MonthlyBills bills;

  DraftMonthlyBillsWorker(MonthlyBills bills) {
    this.bills = bills;
  }

  @Override
  public String topic() {
    return "billing.cycle.draft";
  }

  @Override
  public WorkResult work(WorkItem item) {
    String requested = item.stringOr("period", null);
    YearMonth period = requested == null ? bills.previousPeriod() : MonthlyBills.period(requested);
    String grouping = item.stringOr("grouping", null);
    List<MonthlyBill> drafted = bills.draft(period, item.stringOr("accountId", null),
        grouping == null ? null : Grouping.valueOf(grouping), splitOrders(item.get("splitOrderIds")));
    List<String> ids = new ArrayList<>(drafted.stream().map(MonthlyBill::monthlyBillId).toList());
    return WorkResult.complete(Map.of("period", period.toString(), "monthlyBillIds", ids));
  }

  private static Set<String> splitOrders(Object value) {
    if (value instanceof Collection<?> ids) {
      Set<String> orders = new HashSet<>();
      ids.forEach(id -> orders.add(String.valueOf(id)));
      return orders;
    }
    if (value instanceof String ids && !ids.isBlank()) {
      return new HashSet<>(Arrays.stream(ids.split(",")).map(String::trim).toList());
    }
    return Set.of();
  }
}
