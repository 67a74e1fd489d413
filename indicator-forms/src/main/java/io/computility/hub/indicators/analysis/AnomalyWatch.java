package io.computility.hub.indicators.analysis;

import io.computility.hub.indicators.IndicatorsProperties;
import io.computility.hub.indicators.collection.AcceptedValues;
import io.computility.hub.indicators.collection.PeriodType;
import io.computility.hub.indicators.units.ReportingUnits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.springframework.stereotype.Component;

/**
 * Anomaly detection on accepted values (M-9.4 c): each number is scored with a robust z-score against the unit's
 * own earlier periods and against its peers (all units, same indicator and period); beyond the configured
 * threshold it raises an ANOMALY alert to the region's regulators.
 */
@Component
class AnomalyWatch implements AcceptedValues {

  private final StatisticsMapper statistics;
  private final Alerts alerts;
  private final ReportingUnits units;
  private final IndicatorsProperties.Anomaly settings;
  private final OutlierDetector historyDetector;
  private final OutlierDetector peerDetector;

  AnomalyWatch(StatisticsMapper statistics, Alerts alerts, ReportingUnits units, IndicatorsProperties properties) {
    this.statistics = statistics;
    this.alerts = alerts;
    this.units = units;
    this.settings = properties.anomaly();
    this.historyDetector = new OutlierDetector(settings.threshold(), settings.minHistory());
    this.peerDetector = new OutlierDetector(settings.threshold(), settings.minPeers());
  }

  @Override
  public void accepted(String unitCode, String period, Map<String, BigDecimal> numbers) {
    PeriodType type = PeriodType.of(period);
    List<String> earlier = LongStream.rangeClosed(1, settings.historyPeriods())
        .mapToObj(step -> type.shift(period, -step)).toList();
    if (numbers.isEmpty()) {
      return;
    }
    Map<String, List<BigDecimal>> history = grouped(statistics.history(unitCode, numbers.keySet(), earlier));
    Map<String, List<BigDecimal>> peers = grouped(statistics.peers(numbers.keySet(), period));
    numbers.forEach((indicator, value) -> {
      List<String> findings = new ArrayList<>();
      historyDetector.score(value, history.getOrDefault(indicator, List.of()))
          .filter(historyDetector::isOutlier)
          .ifPresent(score -> findings.add("against own history z=" + format(score)));
      peerDetector.score(value, peers.getOrDefault(indicator, List.of()))
          .filter(peerDetector::isOutlier)
          .ifPresent(score -> findings.add("against peers z=" + format(score)));
      if (!findings.isEmpty()) {
        alerts.anomaly(units.get(unitCode), indicator, period, "Anomalous value " + value.stripTrailingZeros()
            .toPlainString() + " of " + indicator + " (" + String.join(", ", findings) + ") / 数据异常");
      }
    });
  }

  private static Map<String, List<BigDecimal>> grouped(List<StatisticsMapper.IndicatorValue> values) {
    return values.stream().collect(Collectors.groupingBy(StatisticsMapper.IndicatorValue::indicatorCode,
        Collectors.mapping(StatisticsMapper.IndicatorValue::numValue, Collectors.toList())));
  }

  private static String format(double score) {
    return String.format(Locale.ROOT, "%.1f", score);
  }
}
