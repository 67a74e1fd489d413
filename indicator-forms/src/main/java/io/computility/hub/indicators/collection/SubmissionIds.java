package io.computility.hub.indicators.collection;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Submission ids in the time-ordered UUID layout (version 7, RFC 9562): the millisecond of submission first, then
 * random bits. Submissions and their values are keyed by this id, so new rows land at the right edge of those
 * primary keys instead of on random pages, which kept bulk ingestion waiting for page reads once the tables
 * outgrew the buffer pool. The ids are unique, not secret: access to a submission is checked by scope.
 */
final class SubmissionIds {

  private SubmissionIds() {
  }

  /** A new id for a submission made at {@code at}. */
  static String next(Instant at) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long high = (at.toEpochMilli() << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
    long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
    return new UUID(high, low).toString();
  }
}
