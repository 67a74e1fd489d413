package io.computility.hub.portal.web;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, the one shape every portal list answers with.
 *
 * @param items the entries of this page, in the list's order
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param total how many entries the whole list has
 */
public record Page<T>(List<T> items, int page, int size, long total) {

  /** A page of {@code items} fetched for {@code query} out of {@code total}. */
  public static <T> Page<T> of(List<T> items, PageQuery query, long total) {
    return new Page<>(List.copyOf(items), query.page(), query.size(), total);
  }

  /** This page with every entry converted. */
  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total);
  }
}
