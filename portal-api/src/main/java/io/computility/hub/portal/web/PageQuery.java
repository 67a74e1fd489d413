package io.computility.hub.portal.web;

import java.util.List;

/**
 * Which page of a list a caller asks for: {@code ?page=0&size=20}. A controller takes it as a parameter; the
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

  /** This page cut out of a whole list already in memory (for lists that are short by nature). */
  public <T> Page<T> slice(List<T> all) {
    int from = (int) Math.min(offset(), all.size());
    int to = (int) Math.min(offset() + size, all.size());
    return Page.of(all.subList(from, to), this, all.size());
  }
}
