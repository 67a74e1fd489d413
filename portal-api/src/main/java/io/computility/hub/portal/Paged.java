package io.computility.hub.portal;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param items this page's items
 * @param page the page's number, from 0
 * @param size the most items on a page
 * @param total how many items the whole list has
 * @param <T> the item type
 */
public record Paged<T>(List<T> items, int page, int size, long total) {

  public Paged {
    items = List.copyOf(items);
  }

  /** The row offset of {@code page} pages of {@code size}. */
  public static long offset(int page, int size) {
    return (long) page * size;
  }
}
