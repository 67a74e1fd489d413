package io.computility.hub.indicators.collection;

import io.computility.hub.indicators.validation.Violation;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One submission of values by a unit for a period, whatever its way in.
 *
 * @param dataSetCode the data set it answers, {@code null} for loose API pushes
 * @param values indicator code to value as written ({@code "12.5"}, {@code "FINANCE"})
 * @param violations why it is invalid or rejected; empty otherwise
 * @param duplicate whether this answer replays an earlier submission (same idempotency key or same values)
 */
public record Submission(String id, String unitCode, String dataSetCode, String period, Channel channel,
    SubmissionStatus status, String submittedBy, Instant submittedAt, Map<String, String> values,
    List<Violation> violations, boolean duplicate) {

  public Submission {
    values = values == null ? Map.of() : Map.copyOf(values);
    violations = violations == null ? List.of() : List.copyOf(violations);
  }

  Submission asDuplicate() {
    return new Submission(id, unitCode, dataSetCode, period, channel, status, submittedBy, submittedAt, values,
        violations, true);
  }
}
