package io.computility.hub.indicators.collection;

import io.computility.hub.indicators.units.ReportingUnit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Told when values are accepted, so analysis can check thresholds and look for anomalies (implemented by the
 * analysis feature). Called once per set of submissions stored together (a batch file, a bulk push), inside their
 * transaction, after all their values are current: an implementation answers the whole set in a fixed number of
 * statements.
 */
public interface AcceptedValues {

  /** A unit's numeric values for a period, just accepted with the submission that carried them. */
  record Accepted(String submissionId, ReportingUnit unit, String period, Map<String, BigDecimal> numbers) {
  }

  /** Values of one or more submissions have just been accepted, in the order they were received. */
  void accepted(List<Accepted> accepted);
}
