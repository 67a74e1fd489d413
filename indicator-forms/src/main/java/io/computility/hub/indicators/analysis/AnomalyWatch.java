package io.computility.hub.indicators.analysis;

import io.computility.hub.indicators.IndicatorsProperties;
import io.computility.hub.indicators.collection.AcceptedValues;
import io.computility.hub.indicators.collection.PeriodType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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

/**
 * Anomaly detection on accepted values (M-9.4 c): each number is scored with a robust z-score against the unit's
 * own earlier periods and against its peers (all units, same indicator and period); beyond the configured
 * threshold it raises an ANOMALY alert to the region's regulators. A set of submissions accepted together is
 * judged with two queries (the units' history, the periods' peers) and one insert of the alerts; each value is
 * judged against every peer stored by then, the others of its own set included.
 */
@Component
class AnomalyWatch implements AcceptedValues {

  private final JdbcTemplate jdbc;
  private final Alerts alerts;
  private final IndicatorsProperties.Anomaly settings;
  private final OutlierDetector historyDetector;
  private final OutlierDetector peerDetector;

  AnomalyWatch(JdbcTemplate jdbc, Alerts alerts, IndicatorsProperties properties) {
    this.jdbc = jdbc;
    this.alerts = alerts;
    this.settings = properties.anomaly();
    this.historyDetector = new OutlierDetector(settings.threshold(), settings.minHistory());
    this.peerDetector = new OutlierDetector(settings.threshold(), settings.minPeers());
  }

  @Override
  public void accepted(List<Accepted> accepted) {
    Set<String> unitCodes = new LinkedHashSet<>();
    Set<String> indicators = new LinkedHashSet<>();
    Set<String> periods = new LinkedHashSet<>();
    Set<String> earlierPeriods = new LinkedHashSet<>();
    List<Judged> judged = new ArrayList<>();
    for (Accepted values : accepted) {
      if (values.numbers().isEmpty()) {
        continue;
      }
      PeriodType type = PeriodType.of(values.period());
      Set<String> earlier = new LinkedHashSet<>(LongStream.rangeClosed(1, settings.historyPeriods())
          .mapToObj(step -> type.shift(values.period(), -step)).toList());
      judged.add(new Judged(values, earlier));
      earlierPeriods.addAll(earlier);
      unitCodes.add(values.unit().code());
      indicators.addAll(values.numbers().keySet());
      periods.add(values.period());
    }
    if (judged.isEmpty()) {
      return;
    }
    // plain JDBC straight into the maps: MyBatis' result mapping of thousands of rows cost more than the queries
    // unit → indicator → period → value: the units' own earlier values
    Map<String, Map<String, Map<String, BigDecimal>>> history = new HashMap<>();
    jdbc.query("SELECT unit_code, indicator_code, period_key, num_value FROM ind_value WHERE num_value IS NOT NULL "
        + "AND unit_code IN " + in(unitCodes) + " AND indicator_code IN " + in(indicators) + " AND period_key IN "
        + in(earlierPeriods), row -> {
          history.computeIfAbsent(row.getString(1), unit -> new HashMap<>())
              .computeIfAbsent(row.getString(2), indicator -> new HashMap<>())
              .put(row.getString(3), row.getBigDecimal(4));
        }, Stream.of(unitCodes, indicators, earlierPeriods).flatMap(Collection::stream).toArray());
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
    judged.forEach(one -> one.values().numbers().forEach((indicator, value) -> {
      Accepted values = one.values();
      List<BigDecimal> own = history.getOrDefault(values.unit().code(), Map.of())
          .getOrDefault(indicator, Map.of()).entrySet().stream()
          .filter(entry -> one.earlier().contains(entry.getKey())).map(Map.Entry::getValue).toList();
      List<String> findings = new ArrayList<>();
      historyDetector.score(value, own)
          .filter(historyDetector::isOutlier)
          .ifPresent(score -> findings.add("against own history z=" + format(score)));
      OutlierDetector.Reference reference = peerReferences.computeIfAbsent(values.period(), period -> new HashMap<>())
          .computeIfAbsent(indicator, code -> peerDetector.reference(peers.getOrDefault(values.period(), Map.of())
              .getOrDefault(code, List.of())));
      peerDetector.score(value, reference)
          .filter(peerDetector::isOutlier)
          .ifPresent(score -> findings.add("against peers z=" + format(score)));
      if (!findings.isEmpty()) {
        raised.add(alerts.anomaly(values.unit(), indicator, values.period(), "Anomalous value "
            + value.stripTrailingZeros().toPlainString() + " of " + indicator + " (" + String.join(", ", findings)
            + ") / 数据异常"));
      }
    }));
    alerts.raise(raised);
  }

  /** Accepted values with the unit's earlier periods they are judged against. */
  private record Judged(Accepted values, Set<String> earlier) {
  }

  private static String in(Collection<String> values) {
    return "(" + String.join(", ", Collections.nCopies(values.size(), "?")) + ")";
  }

  private static String format(double score) {
    return String.format(Locale.ROOT, "%.1f", score);
  }
}
