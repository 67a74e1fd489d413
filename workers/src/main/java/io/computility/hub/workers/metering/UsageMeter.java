package io.computility.hub.workers.metering;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * An order's usage records (S-7.5 a), built from the provider's cumulative readings.
 *
 * <h2>The rule</h2>
 * Per order and meter, each accepted reading closes a numbered period that starts where the previous accepted one
 * ended and ends at the reading's {@code readAt} (whole seconds); its quantity is the cumulative now less the
 * cumulative then. Period 1 holds everything used since the allocation started, up to the first reading (providers
 * do not report when the allocation started, so it is recorded with its end as its start). Because period n always
 * starts where n−1 ended, its number stands for its start: records are idempotent on (order, meter, period).
 * <ul>
 *   <li><b>Duplicate</b> (same {@code readAt} as the last accepted reading) and <b>late</b> (older) samples are
 *       ignored: their usage is already in, or will be in, a later cumulative.</li>
 *   <li><b>Gap</b>: missed samples need nothing; the next reading covers them as one longer period.</li>
 *   <li><b>Reset</b>: a cumulative lower than the last accepted one is recorded as a period with no usage and the
 *       anomaly {@link UsageRecord#CUMULATIVE_DECREASED}; the lower reading becomes the base for the next period.
 *       Usage is never negative, and what cannot be proved used is not charged; an operator reconciles the
 *       anomaly with the provider.</li>
 *   <li><b>Concurrency</b>: the key (order, meter, period number) admits one record per period, so of samples
 *       racing from the same previous reading exactly one is stored and the others count as duplicates.</li>
 * </ul>
 * Quantities keep six decimals (rounded half-up when a provider reports more); money is rounded only in rating.
 */
@Service
public class UsageMeter {

  private static final int SCALE = 6;

  private final UsageRecordMapper usage;
  private final Clock clock;

  UsageMeter(UsageRecordMapper usage, Clock clock) {
    this.usage = usage;
    this.clock = clock;
  }

  /** Records what {@code reading} adds to {@code orderId}'s usage, meter by meter, by the rule above. */
  public Map<Meter, SampleOutcome> record(String orderId, UsageReading reading) {
    Instant readAt = reading.readAt().truncatedTo(ChronoUnit.SECONDS);
    Map<Meter, SampleOutcome> outcomes = new EnumMap<>(Meter.class);
    reading.cumulative().forEach((meter, cumulative) ->
        outcomes.put(meter, record(orderId, meter, cumulative.setScale(SCALE, RoundingMode.HALF_UP), readAt,
            reading.allocationId())));
    return outcomes;
  }

  /** {@code orderId}'s usage so far per meter. */
  public Map<Meter, BigDecimal> totals(String orderId) {
    Map<Meter, BigDecimal> totals = new EnumMap<>(Meter.class);
    for (UsageRecord record : usage.records(orderId)) {
      totals.merge(record.meter(), record.quantity(), BigDecimal::add);
    }
    return totals;
  }

  /** {@code orderId}'s records by meter and period. */
  public List<UsageRecord> records(String orderId) {
    return usage.records(orderId);
  }

  private SampleOutcome record(String orderId, Meter meter, BigDecimal cumulative, Instant readAt, String source) {
    if (cumulative.signum() < 0) {
      throw new IllegalArgumentException("Cumulative reading of " + meter + " is negative: " + cumulative);
    }
    UsageRecord last = usage.latest(orderId, meter);
    if (last != null && !readAt.isAfter(last.periodEnd())) {
      return SampleOutcome.IGNORED;
    }
    Instant start = last == null ? readAt : last.periodEnd();
    BigDecimal base = last == null ? BigDecimal.ZERO : last.cumulative();
    boolean decreased = cumulative.compareTo(base) < 0;
    BigDecimal quantity = decreased ? BigDecimal.ZERO.setScale(SCALE) : cumulative.subtract(base);
    int periodNo = last == null ? 1 : last.periodNo() + 1;
    UsageRecord next = new UsageRecord(orderId, meter, periodNo, start, readAt, quantity, cumulative, source,
        decreased ? UsageRecord.CUMULATIVE_DECREASED : null, clock.instant().truncatedTo(ChronoUnit.SECONDS));
    if (usage.insert(next) == 0) {
      return SampleOutcome.IGNORED;
    }
    return decreased ? SampleOutcome.ANOMALY : SampleOutcome.RECORDED;
  }
}
