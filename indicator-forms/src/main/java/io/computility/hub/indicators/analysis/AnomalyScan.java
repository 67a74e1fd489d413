package io.computility.hub.indicators.analysis;

import io.computility.hub.indicators.IndicatorsProperties;
import io.computility.hub.indicators.collection.PeriodType;
import io.computility.hub.workers.jdbc.InList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Anomaly detection on accepted values (M-9.4 c), shortly after they are accepted. Ingestion queues each accepted
 * submission ({@link AnomalyQueue}); this scan takes the queue oldest first, a batch per transaction, under a lock
 * row so that scans on several nodes take turns, and removes what it judged in the same transaction. Each number is
 * scored with a robust z-score against the unit's own earlier periods and against its peers (all units, same
 * indicator and period, as stored when the scan runs); beyond the configured threshold it raises an ANOMALY alert
 * to the region's regulators. The module's {@code anomalyScanLoop} drains the queue every
 * {@code hub.indicators.anomaly.scan-interval}; ingestion drains a batch itself past the backlog ({@link #keepUp()}).
 *
 * <p>Judging in batches rather than per ingested set is what keeps detection affordable: a batch of consecutive
 * periods shares one read of the units' history, where each set alone read twelve earlier values per value.
 */
@Component
public class AnomalyScan {

  /**
   * Most key ranges one history read asks for (units × indicators × periods): MariaDB's range optimizer gives up
   * precise ranges beyond 32,000 ({@code optimizer_max_sel_arg_weight}) and would read the units' whole history.
   */
  private static final int RANGES_PER_READ = 20_000;
  private static final int IDS_PER_STATEMENT = 1000;

  private final JdbcTemplate jdbc;
  private final Alerts alerts;
  private final TransactionTemplate transaction;
  private final IndicatorsProperties.Anomaly settings;
  private final OutlierDetector historyDetector;
  private final OutlierDetector peerDetector;

  AnomalyScan(JdbcTemplate jdbc, Alerts alerts, PlatformTransactionManager transactionManager,
      IndicatorsProperties properties) {
    this.jdbc = jdbc;
    this.alerts = alerts;
    this.transaction = new TransactionTemplate(transactionManager);
    this.settings = properties.anomaly();
    this.historyDetector = new OutlierDetector(settings.threshold(), settings.minHistory());
    this.peerDetector = new OutlierDetector(settings.threshold(), settings.minPeers());
  }

  /**
   * Judges every submission queued by now, batch after batch, and raises the alerts found.
   *
   * @return the number of submissions judged
   */
  public synchronized int drain() {
    int total = 0;
    int judged;
    do {
      judged = scanBatch();
      total += judged;
    } while (judged == settings.scanBatchSize());
    return total;
  }

  /**
   * Called by ingestion after it committed: when the queue has grown past the configured backlog, the ingesting
   * thread judges one batch itself. A machine that cannot judge as fast as it ingests thus slows ingestion down
   * rather than letting the queue, and the delay of the alerts, grow without bound.
   */
  void keepUp() {
    if (backlog() > settings.maxBacklog()) {
      synchronized (this) {
        scanBatch();
      }
    }
  }

  /** Accepted submissions waiting to be judged. */
  public long backlog() {
    Long size = jdbc.queryForObject("SELECT COUNT(*) FROM ind_anomaly_queue", Long.class);
    return size == null ? 0 : size;
  }

  private int scanBatch() {
    Integer judged = transaction.execute(status -> {
      jdbc.queryForObject("SELECT id FROM ind_anomaly_scan_lock WHERE id = 1 FOR UPDATE", Integer.class);
      List<Queued> queued = jdbc.query("SELECT id, submission_id, unit_code, region_code, period_key "
          + "FROM ind_anomaly_queue ORDER BY id LIMIT ?", (row, n) -> new Queued(row.getLong(1), row.getString(2),
          row.getString(3), row.getString(4), row.getString(5)), settings.scanBatchSize());
      if (!queued.isEmpty()) {
        alerts.raise(judge(queued, numbers(queued)));
        InList.inChunks(queued.stream().map(Queued::id).toList(), IDS_PER_STATEMENT, ids -> jdbc.update(
            "DELETE FROM ind_anomaly_queue WHERE id IN " + in(ids), ids.toArray()));
      }
      return queued.size();
    });
    return judged == null ? 0 : judged;
  }

  /** submission → indicator → the number it accepted. */
  private Map<String, Map<String, BigDecimal>> numbers(List<Queued> queued) {
    Map<String, Map<String, BigDecimal>> numbers = new HashMap<>();
    InList.inChunks(queued.stream().map(Queued::submissionId).distinct().toList(), IDS_PER_STATEMENT, ids -> jdbc.query(
        "SELECT submission_id, indicator_code, num_value FROM ind_submission_value WHERE num_value IS NOT NULL "
            + "AND submission_id IN " + in(ids), row -> {
          numbers.computeIfAbsent(row.getString(1), id -> new HashMap<>()).put(row.getString(2),
              row.getBigDecimal(3));
        }, ids.toArray()));
    return numbers;
  }

  private List<Alert> judge(List<Queued> queued, Map<String, Map<String, BigDecimal>> numbers) {
    Set<String> unitCodes = new LinkedHashSet<>();
    Set<String> indicators = new LinkedHashSet<>();
    Set<String> periods = new LinkedHashSet<>();
    Set<String> earlierPeriods = new LinkedHashSet<>();
    List<Judged> judged = new ArrayList<>();
    Map<String, List<String>> windows = new HashMap<>();
    for (Queued one : queued) {
      Map<String, BigDecimal> values = numbers.getOrDefault(one.submissionId(), Map.of());
      if (values.isEmpty()) {
        continue;
      }
      List<String> earlier = windows.computeIfAbsent(one.period(), period -> LongStream
          .rangeClosed(1, settings.historyPeriods()).mapToObj(step -> PeriodType.of(period).shift(period, -step))
          .toList());
      judged.add(new Judged(one, values, earlier));
      earlierPeriods.addAll(earlier);
      unitCodes.add(one.unitCode());
      indicators.addAll(values.keySet());
      periods.add(one.period());
    }
    if (judged.isEmpty()) {
      return List.of();
    }
    Map<String, Map<String, Map<String, BigDecimal>>> history = history(unitCodes, indicators, earlierPeriods);
    // period → indicator → every unit's value
    Map<String, Map<String, List<BigDecimal>>> peers = new HashMap<>();
    jdbc.query("SELECT period_key, indicator_code, num_value FROM ind_value WHERE num_value IS NOT NULL "
        + "AND indicator_code IN " + in(indicators) + " AND period_key IN " + in(periods), row -> {
          peers.computeIfAbsent(row.getString(1), period -> new HashMap<>())
              .computeIfAbsent(row.getString(2), indicator -> new ArrayList<>()).add(row.getBigDecimal(3));
        }, Stream.of(indicators, periods).flatMap(Collection::stream).toArray());
    // every unit of a period is judged against the same peers: summarise them once per period and indicator
    Map<String, Map<String, OutlierDetector.Reference>> peerReferences = new HashMap<>();
    List<Alert> raised = new ArrayList<>();
    judged.forEach(one -> one.values().forEach((indicator, value) -> {
      Queued queuedOne = one.queued();
      Map<String, BigDecimal> byPeriod = history.getOrDefault(queuedOne.unitCode(), Map.of())
          .getOrDefault(indicator, Map.of());
      List<BigDecimal> own = new ArrayList<>(one.earlier().size());
      for (String period : one.earlier()) {
        BigDecimal earlier = byPeriod.get(period);
        if (earlier != null) {
          own.add(earlier);
        }
      }
      List<String> findings = new ArrayList<>();
      historyDetector.score(value, own)
          .filter(historyDetector::isOutlier)
          .ifPresent(score -> findings.add("against own history z=" + format(score)));
      OutlierDetector.Reference reference = peerReferences.computeIfAbsent(queuedOne.period(),
          period -> new HashMap<>()).computeIfAbsent(indicator, code -> peerDetector.reference(
              peers.getOrDefault(queuedOne.period(), Map.of()).getOrDefault(code, List.of())));
      peerDetector.score(value, reference)
          .filter(peerDetector::isOutlier)
          .ifPresent(score -> findings.add("against peers z=" + format(score)));
      if (!findings.isEmpty()) {
        raised.add(alerts.anomaly(queuedOne.unitCode(), queuedOne.regionCode(), indicator, queuedOne.period(),
            "Anomalous value " + value.stripTrailingZeros().toPlainString() + " of " + indicator + " ("
                + String.join(", ", findings) + ") / 数据异常"));
      }
    }));
    return raised;
  }

  /**
   * unit → indicator → period → value: the units' own earlier values, read straight into the maps (MyBatis' result
   * mapping of thousands of rows cost more than the queries), as many units per query as keep the ranges precise.
   */
  private Map<String, Map<String, Map<String, BigDecimal>>> history(Set<String> unitCodes, Set<String> indicators,
      Set<String> earlierPeriods) {
    Map<String, Map<String, Map<String, BigDecimal>>> history = new HashMap<>();
    int unitsPerRead = Math.max(1, RANGES_PER_READ / (indicators.size() * earlierPeriods.size()));
    InList.inChunks(List.copyOf(unitCodes), unitsPerRead, units -> jdbc.query("SELECT unit_code, indicator_code, "
        + "period_key, num_value FROM ind_value WHERE num_value IS NOT NULL AND unit_code IN " + in(units)
        + " AND indicator_code IN " + in(indicators) + " AND period_key IN " + in(earlierPeriods), row -> {
          history.computeIfAbsent(row.getString(1), unit -> new HashMap<>())
              .computeIfAbsent(row.getString(2), indicator -> new HashMap<>())
              .put(row.getString(3), row.getBigDecimal(4));
        }, Stream.of(units, indicators, earlierPeriods).flatMap(Collection::stream).toArray()));
    return history;
  }

  /** A queued submission. */
  private record Queued(long id, String submissionId, String unitCode, String regionCode, String period) {
  }

  /** A queued submission's numbers with the unit's earlier periods they are judged against. */
  private record Judged(Queued queued, Map<String, BigDecimal> values, List<String> earlier) {
  }

  private static String in(Collection<?> values) {
    return InList.placeholders(values.size());
  }

  private static String format(double score) {
    return String.format(Locale.ROOT, "%.1f", score);
  }
}
