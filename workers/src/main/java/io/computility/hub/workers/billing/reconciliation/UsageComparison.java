package io.computility.hub.workers.billing.reconciliation;

import io.computility.hub.workers.billing.reconciliation.ReconciliationLine.Outcome;
import io.computility.hub.workers.metering.Meter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Compares the hub's and a provider's usage lines, keyed by allocation and meter. */
final class UsageComparison {

  private UsageComparison() {
  }

  private record Key(String allocationId, Meter meter) {
  }

  /**
   * One line per allocation and meter on either side: hub lines first in their order, then the provider's lines
   * the hub lacks. Quantities of repeated keys on one side are added up. A meter one side does not state and the
   * other states as nothing used (within the tolerance of zero) is no line: there is nothing to compare.
   *
   * @param tolerance the largest absolute difference that still matches
   */
  static List<ReconciliationLine> compare(List<UsageLine> hub, List<UsageLine> provider, BigDecimal tolerance) {
    Map<Key, UsageLine> ours = byKey(hub);
    Map<Key, UsageLine> theirs = byKey(provider);
    List<ReconciliationLine> lines = new ArrayList<>();
    ours.forEach((key, line) -> {
      UsageLine other = theirs.get(key);
      if (other == null && unused(line, tolerance)) {
        return;
      }
      Outcome outcome = other == null ? Outcome.MISSING_AT_PROVIDER
          : line.quantity().subtract(other.quantity()).abs().compareTo(tolerance) <= 0 ? Outcome.MATCH
          : Outcome.DIFFERENCE;
      lines.add(new ReconciliationLine(lines.size() + 1, key.allocationId(), line.orderId(), key.meter(),
          line.quantity(), other == null ? null : other.quantity(), outcome));
    });
    theirs.forEach((key, line) -> {
      if (!ours.containsKey(key) && !unused(line, tolerance)) {
        lines.add(new ReconciliationLine(lines.size() + 1, key.allocationId(), null, key.meter(), null,
            line.quantity(), Outcome.MISSING_AT_HUB));
      }
    });
    return List.copyOf(lines);
  }

  private static boolean unused(UsageLine line, BigDecimal tolerance) {
    return line.quantity().abs().compareTo(tolerance) <= 0;
  }

  private static Map<Key, UsageLine> byKey(List<UsageLine> lines) {
    Map<Key, UsageLine> keyed = new LinkedHashMap<>();
    lines.forEach(line -> keyed.merge(new Key(line.allocationId(), line.meter()), line,
        (a, b) -> new UsageLine(a.allocationId(), a.orderId(), a.meter(), a.quantity().add(b.quantity()))));
    return keyed;
  }
}
