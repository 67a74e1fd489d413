package io.computility.hub.portal.web;

import io.computility.hub.portal.Paged;
import java.util.List;

/**
 * Which page of a list a caller asks for: {@code ?page=0&size=20}, answered with a {@link Paged}. A controller takes it as a parameter; the
 * portal resolves and bounds it ({@link PageQueryResolver}).
 *
 * @param page the page number, from 0
 * @param size entries per page, from 1 to the configured maximum
 */
public record PageQuery(int page, int size) {

  /** How many entries come before this page. */
  public long offset() {
    return (long) page * size;
  }

  /** {@code items} fetched for this page, out of {@code total}. */
  public <T> Paged<T> paged(List<T> items, long total) {
    return new Paged<>(items, page, size, total);
  }

  /** This page cut out of a whole list already in memory (for lists that are short by nature). */
  public <T> Paged<T> slice(List<T> all) {
    int from = (int) Math.min(offset(), all.size());
    int to = (int) Math.min(offset() + size, all.size());
    return paged(all.subList(from, to), all.size());
  }
}
