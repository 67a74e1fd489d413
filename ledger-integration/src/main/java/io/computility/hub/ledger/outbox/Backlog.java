package io.computility.hub.ledger.outbox;

import java.time.Duration;
import java.time.Instant;

/**
 * Evidence waiting in the outbox.
 *
 * @param size   number of records
 * @param oldest time of the oldest record, or {@code null} when empty
 * @param age    how long the oldest has waited ({@link Duration#ZERO} when empty)
 */
public record Backlog(long size, Instant oldest, Duration age) {
}
