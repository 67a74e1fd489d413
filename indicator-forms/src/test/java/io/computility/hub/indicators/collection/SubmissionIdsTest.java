package io.computility.hub.indicators.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SubmissionIdsTest {

  @Test
  void idsAreVersionSevenUuidsCarryingTheirMillisecond() {
    Instant at = Instant.parse("2026-11-27T08:30:00.123Z");
    UUID id = UUID.fromString(SubmissionIds.next(at));

    assertThat(id.version()).isEqualTo(7);
    assertThat(id.variant()).isEqualTo(2);
    assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(at.toEpochMilli());
  }

  @Test
  void laterIdsSortAfterEarlierOnesAsTextAndNoneRepeats() {
    Instant start = Instant.parse("2026-11-27T08:30:00Z");
    List<String> ids = IntStream.range(0, 10_000).mapToObj(n -> SubmissionIds.next(start.plusMillis(n))).toList();

    assertThat(ids).isSorted();
    Set<String> sameMillisecond = new HashSet<>();
    IntStream.range(0, 10_000).forEach(n -> sameMillisecond.add(SubmissionIds.next(start)));
    assertThat(sameMillisecond).hasSize(10_000);
  }
}
