package io.computility.hub.workers.metering;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A provider's cumulative usage of one allocation, as read at {@code readAt}.
 *
 * @param allocationId the hub's id of the allocation
 * @param cumulative per meter, the total since the allocation started (never decreasing at an honest provider)
 * @param readAt when the provider reported it
 */
public record UsageReading(String allocationId, Map<Meter, BigDecimal> cumulative, Instant readAt) {

  public UsageReading {
    Objects.requireNonNull(allocationId, "allocationId");
    Objects.requireNonNull(readAt, "readAt");
    cumulative = Map.copyOf(cumulative);
  }
}
