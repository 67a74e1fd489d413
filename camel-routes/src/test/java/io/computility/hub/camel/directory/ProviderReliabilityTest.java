package io.computility.hub.camel.directory;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.hub.camel.resource.Health;
import io.computility.hub.camel.resource.ResourceInventory.HealthChange;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProviderReliabilityTest {

  private static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2026-11-11T00:00:00Z");

  @Test
  void isTheShareOfObservedTimeTheProviderWasReachable() {
    // up from before the window, down for one of the ten days, degraded (still reachable) for one
    List<HealthChange> history = List.of(new HealthChange(Health.UP, Instant.parse("2026-10-20T00:00:00Z")),
        new HealthChange(Health.DOWN, Instant.parse("2026-11-03T00:00:00Z")),
        new HealthChange(Health.DEGRADED, Instant.parse("2026-11-04T00:00:00Z")),
        new HealthChange(Health.UP, Instant.parse("2026-11-05T00:00:00Z")));

    assertThat(ProviderReliability.of(history, FROM, TO, 0.5)).isEqualTo(0.9);
  }

  @Test
  void countsOnlyTheTimeSinceTheFirstObservation() {
    // unknown until the 6th, then five days observed of which one down
    List<HealthChange> history = List.of(new HealthChange(Health.UNKNOWN, Instant.parse("2026-11-01T00:00:00Z")),
        new HealthChange(Health.UP, Instant.parse("2026-11-06T00:00:00Z")),
        new HealthChange(Health.DOWN, Instant.parse("2026-11-08T00:00:00Z")),
        new HealthChange(Health.UP, Instant.parse("2026-11-09T00:00:00Z")));

    assertThat(ProviderReliability.of(history, FROM, TO, 0.5)).isEqualTo(0.8);
  }

  @Test
  void fallsBackToTheDefaultWithoutHistory() {
    assertThat(ProviderReliability.of(List.of(), FROM, TO, 0.95)).isEqualTo(0.95);
  }
}
