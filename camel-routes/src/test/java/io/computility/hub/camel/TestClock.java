package io.computility.hub.camel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The hub's clock in this module's tests: the system's time, moved forward by hand so that provisioning delays and
 * usage hours pass without waiting. It only ever moves forward, so tests sharing the context are not disturbed.
 */
public final class TestClock extends Clock {

  private volatile Duration offset = Duration.ZERO;

  /** Moves time forward. */
  public synchronized void advance(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("the test clock only moves forward");
    }
    offset = offset.plus(duration);
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the test clock stays in UTC");
  }
}
