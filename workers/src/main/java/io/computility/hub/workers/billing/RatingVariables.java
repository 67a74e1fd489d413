package io.computility.hub.workers.billing;

import io.computility.hub.workers.WorkItem;
import java.time.Duration;
import java.time.Instant;

/**
 * The optional process variables an order's price depends on, read into a {@link RatingContext}: {@code userClass}
 * ({@link UserClass} name), {@code commitment} ({@link Commitment} name), {@code serviceLevel} ({@link ServiceLevel}
 * name), {@code units} (whole number, default 1), {@code heldFrom} and {@code heldUntil} (ISO-8601 instants: the time
 * the resources were held, for time charges; {@code heldUntil} absent means until {@code now}). Without them an order
 * is rated as before they existed.
 */
final class RatingVariables {

  private RatingVariables() {
  }

  /**
   * The rating context of a task's order.
   *
   * @throws IllegalArgumentException when a variable is present but not a valid value (a modelling error)
   */
  static RatingContext of(WorkItem item, Instant now) {
    String heldFrom = item.stringOr("heldFrom", null);
    Duration held = null;
    if (heldFrom != null) {
      Instant from = Instant.parse(heldFrom);
      Instant until = Instant.parse(item.stringOr("heldUntil", now.toString()));
      held = until.isAfter(from) ? Duration.between(from, until) : Duration.ZERO;
    }
    return new RatingContext(named(UserClass.class, item.stringOr("userClass", null)),
        named(Commitment.class, item.stringOr("commitment", null)),
        named(ServiceLevel.class, item.stringOr("serviceLevel", null)),
        item.get("units") == null ? 1 : Math.toIntExact(item.requiredLong("units")), held);
  }

  private static <E extends Enum<E>> E named(Class<E> type, String name) {
    return name == null || name.isBlank() ? null : Enum.valueOf(type, name);
  }
}
