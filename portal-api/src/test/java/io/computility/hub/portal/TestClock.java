package io.computility.hub.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.operaton.bpm.engine.impl.util.ClockUtil;

/**
 * The tests' clock: it ticks with the system clock until a test {@linkplain #freeze() freezes} it, so the hub can
 * start (onboarding, synchronisation) on its own; a frozen clock moves only when the test
 * {@linkplain #advance advances} it, which makes usage and money exact. The engine's {@link ClockUtil} moves with
 * every advance but keeps ticking, so that its timers fall due when the test moved the time, and external task
 * retries (whose back-off is engine time) still come round.
 */
public final class TestClock extends Clock {

  private volatile Instant frozenAt;

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("The test clock is UTC");
  }

  @Override
  public Instant instant() {
    Instant frozen = frozenAt;
    return frozen != null ? frozen : Instant.now();
  }

  /** Stops the clock at the next whole second after now, for the hub and the engine. */
  public synchronized Instant freeze() {
    Instant start = instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
    set(start);
    return start;
  }

  /** Moves the frozen clock forward. */
  public synchronized Instant advance(Duration duration) {
    if (frozenAt == null) {
      throw new IllegalStateException("Freeze the clock first");
    }
    return set(frozenAt.plus(duration));
  }

  private Instant set(Instant instant) {
    frozenAt = instant;
    ClockUtil.offset(instant.toEpochMilli() - System.currentTimeMillis());
    return instant;
  }
}
