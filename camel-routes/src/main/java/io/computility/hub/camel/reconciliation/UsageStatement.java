package io.computility.hub.camel.reconciliation;

import java.math.BigDecimal;
import java.util.List;

/**
 * A provider's usage statement as it sends it: {@code GET <baseUrl>/usage-statement?period=yyyy-MM}.
 *
 * @param lines one per allocation and meter
 */
record UsageStatement(String provider, String period, List<Line> lines) {

  /** Usage of one allocation on one meter; {@code meter} names one of the hub's meters. */
  record Line(String allocationId, String meter, BigDecimal quantity) {
  }
}
