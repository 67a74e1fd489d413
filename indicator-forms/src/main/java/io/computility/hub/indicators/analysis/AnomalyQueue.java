package io.computility.hub.indicators.analysis;

import io.computility.hub.indicators.collection.AcceptedValues;
import io.computility.hub.workers.jdbc.MultiRowInsert;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Queues accepted submissions for the {@link AnomalyScan}, in the transaction that accepts them: one multi-row
 * insert per set, so ingestion pays one small row per submission for anomaly detection, and a value is queued if
 * and only if it was accepted. After the commit the scan is asked to keep up ({@link AnomalyScan#keepUp()}).
 */
@Component
class AnomalyQueue implements AcceptedValues {

  private static final MultiRowInsert INSERT = new MultiRowInsert("ind_anomaly_queue",
      "submission_id, unit_code, region_code, period_key, queued_at", 1000);

  private static final Logger log = LoggerFactory.getLogger(AnomalyQueue.class);

  private final JdbcTemplate jdbc;
  private final AnomalyScan scan;
  private final Clock clock;

  AnomalyQueue(JdbcTemplate jdbc, AnomalyScan scan, Clock clock) {
    this.jdbc = jdbc;
    this.scan = scan;
    this.clock = clock;
  }

  @Override
  public void accepted(List<Accepted> accepted) {
    Timestamp now = Timestamp.from(clock.instant());
    INSERT.insert(jdbc, accepted.stream().filter(values -> !values.numbers().isEmpty()).toList(),
        (statement, index, values) -> {
          statement.setString(index, values.submissionId());
          statement.setString(index + 1, values.unit().code());
          statement.setString(index + 2, values.unit().regionCode());
          statement.setString(index + 3, values.period());
          statement.setTimestamp(index + 4, now);
          return index + 5;
        });
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          keepUp();
        }
      });
    }
  }

  private void keepUp() {
    try {
      scan.keepUp();
    } catch (RuntimeException e) {
      // the values are stored; the scheduled scan judges them later
      log.warn("Anomaly scan could not keep up after ingestion", e);
    }
  }
}
