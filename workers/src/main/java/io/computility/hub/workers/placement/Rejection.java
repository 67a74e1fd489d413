package io.computility.hub.workers.placement;

import java.util.List;

/**
 * Why a filter excluded a pool: a message key of the {@code workers} bundles and its arguments.
 *
 * @param messageKey e.g. {@code placement.filter.capacity.insufficient}
 * @param args the message's arguments, in order
 */
public record Rejection(String messageKey, List<Object> args) {

  public Rejection {
    args = List.copyOf(args);
  }

  public static Rejection of(String messageKey, Object... args) {
    return new Rejection(messageKey, List.of(args));
  }
}
