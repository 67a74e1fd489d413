package io.computility.hub.indicators.analysis;

import io.computility.hub.indicators.Caller;
import io.computility.hub.indicators.collection.AcceptedValues;
import io.computility.hub.indicators.collection.OverdueAlerts;
import io.computility.hub.indicators.units.ReportingUnit;
import io.computility.hub.indicators.units.ReportingUnits;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Alerts to the regulators of a region (M-9.4 c): threshold rules on accepted values, anomalies, and overdue
 * units. A regulator lists the alerts of the regions in its scope; an alert is raised in the unit's region, so the
 * regulators of every enclosing region (city, province, nation) see it too.
 */
@Service
public class Alerts implements OverdueAlerts, AcceptedValues {

  private final AlertMapper alerts;
  private final ReportingUnits units;
  private final Clock clock;

  Alerts(AlertMapper alerts, ReportingUnits units, Clock clock) {
    this.alerts = alerts;
    this.units = units;
    this.clock = clock;
  }

  @Override
  public void overdue(String unitCode, String dataSetCode, String period) {
    ReportingUnit unit = units.get(unitCode);
    raise("OVERDUE", unit, null, period, unit.nameZh() + " / " + unit.nameEn() + " has not reported data set "
        + dataSetCode + " for " + period + " / 逾期未报");
  }

  /** Checks accepted values against the threshold rules. */
  @Override
  public void accepted(String unitCode, String period, Map<String, BigDecimal> numbers) {
    ReportingUnit unit = units.get(unitCode);
    for (AlertMapper.AlertRule rule : alerts.rules()) {
      BigDecimal value = numbers.get(rule.indicatorCode());
      if (value != null && breaches(value, rule.operator(), rule.threshold())) {
        raise("THRESHOLD", unit, rule.indicatorCode(), period, rule.messageEn() + " / " + rule.messageZh() + ": "
            + value.stripTrailingZeros().toPlainString());
      }
    }
  }

  /** Raises an anomaly found by the outlier detector. */
  public void anomaly(ReportingUnit unit, String indicatorCode, String period, String message) {
    raise("ANOMALY", unit, indicatorCode, period, message);
  }

  /** The alerts in the caller's scope, newest first. */
  public List<Alert> list(Caller caller, String period, String kind, int page, int size) {
    String prefix = caller.seesAllRegions() ? "" : ReportingUnits.regionPrefix(caller);
    return alerts.find(prefix, period, kind, size, page * size);
  }

  private void raise(String kind, ReportingUnit unit, String indicatorCode, String period, String message) {
    alerts.insert(new Alert(0, kind, unit.code(), unit.regionCode(), indicatorCode, period,
        message.length() <= 1000 ? message : message.substring(0, 997) + "...", clock.instant()));
  }

  private static boolean breaches(BigDecimal value, String operator, BigDecimal threshold) {
    int comparison = value.compareTo(threshold);
    return switch (operator) {
      case ">" -> comparison > 0;
      case ">=" -> comparison >= 0;
      case "<" -> comparison < 0;
      case "<=" -> comparison <= 0;
      default -> false;
    };
  }
}
