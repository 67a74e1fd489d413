package io.computility.hub.workers.billing;

import java.util.List;

/**
 * An order's usage priced by one plan version: what a bill is made of.
 *
 * @param totalFen the sum of the lines' amounts
 */
public record RatedUsage(String orderId, String productId, int planVersion, List<BillLine> lines, long totalFen) {

  public RatedUsage {
    lines = List.copyOf(lines);
  }
}
