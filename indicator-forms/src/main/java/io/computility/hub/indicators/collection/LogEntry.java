package io.computility.hub.indicators.collection;

import java.time.Instant;

/** One line of the collection log: who did what, when, by which way in, and what changed. */
public record LogEntry(long id, String submissionId, String unitCode, String period, Channel channel,
    String action, String actor, Instant occurredAt, String detail) {
}
