package io.computility.hub.camel.directory;

import io.computility.hub.camel.resource.Health;
import io.computility.hub.camel.resource.ResourceInventory.HealthChange;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A provider's delivered availability over a window, from its health history: the share of the observed time it
 * was reachable (health {@code UP} or {@code DEGRADED}; {@code DOWN} counts against it, {@code UNKNOWN} is not
 * observed). Observation starts at the window's start or the first recorded change, whichever is later. Without
 * any observed time the caller's default applies.
 */
final class ProviderReliability {

  private ProviderReliability() {
  }

  /**
   * The availability, 0–1, or {@code fallback} when nothing was observed.
   *
   * @param history changes oldest first, possibly led by the last one before {@code from}
   */
  static double of(List<HealthChange> history, Instant from, Instant to, double fallback) {
    long observed = 0;
    long reachable = 0;
    for (int i = 0; i < history.size(); i++) {
      HealthChange change = history.get(i);
      Instant start = change.at().isBefore(from) ? from : change.at();
      Instant end = i + 1 < history.size() ? history.get(i + 1).at() : to;
      if (!end.isAfter(start) || change.health() == Health.UNKNOWN) {
        continue;
      }
      long millis = Duration.between(start, end.isAfter(to) ? to : end).toMillis();
      observed += millis;
      if (change.health() != Health.DOWN) {
        reachable += millis;
      }
    }
    return observed == 0 ? fallback : (double) reachable / observed;
  }
}
