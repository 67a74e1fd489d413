package io.computility.hub.workers.billing;

import java.util.List;

/**
 * One page of bills, newest first.
 *
 * @param total how many bills match in all
 */
public record BillPage(List<Bill> items, long total, int page, int size) {

  public BillPage {
    items = List.copyOf(items);
  }
}
