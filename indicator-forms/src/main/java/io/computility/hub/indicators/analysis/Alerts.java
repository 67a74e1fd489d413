package io.computility.hub.indicators.analysis;

import io.computility.hub.indicators.Caller;
import io.computility.hub.indicators.collection.AcceptedValues;
import io.computility.hub.indicators.collection.OverdueAlerts;
import io.computility.hub.indicators.units.ReportingUnit;
import io.computility.hub.indicators.units.ReportingUnits;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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

  /** Checks accepted values against the threshold rules: the rules read once, the alerts raised together. */
  @Override
  public void accepted(List<Accepted> accepted) {
    List<AlertMapper.AlertRule> rules = alerts.rules();
    List<Alert> raised = new ArrayList<>();
    for (Accepted values : accepted) {
      for (AlertMapper.AlertRule rule : rules) {
        BigDecimal value = values.numbers().get(rule.indicatorCode());
        if (value != null && breaches(value, rule.operator(), rule.threshold())) {
          raised.add(alert("THRESHOLD", values.unit(), rule.indicatorCode(), values.period(), rule.messageEn()
              + " / " + rule.messageZh() + ": " + value.stripTrailingZeros().toPlainString()));
        }
      }
    }
    insert(raised);
  }

  /** An anomaly found by the anomaly scan in a unit's value, to raise with {@link #raise(List)}. */
  Alert anomaly(String unitCode, String regionCode, String indicatorCode, String period, String message) {
    return alert("ANOMALY", unitCode, regionCode, indicatorCode, period, message);
  }

  /** Raises alerts in one statement. */
  void raise(List<Alert> raised) {
    insert(raised);
  }

  /** The alerts in the caller's scope, newest first. */
  public List<Alert> list(Caller caller, String period, String kind, int page, int size) {
    String prefix = caller.seesAllRegions() ? "" : ReportingUnits.regionPrefix(caller);
    return alerts.find(prefix, period, kind, size, page * size);
  }

  private void raise(String kind, ReportingUnit unit, String indicatorCode, String period, String message) {
    insert(List.of(alert(kind, unit, indicatorCode, period, message)));
  }

  private Alert alert(String kind, ReportingUnit unit, String indicatorCode, String period, String message) {
    return alert(kind, unit.code(), unit.regionCode(), indicatorCode, period, message);
  }

  private Alert alert(String kind, String unitCode, String regionCode, String indicatorCode, String period,
      String message) {
    return new Alert(0, kind, unitCode, regionCode, indicatorCode, period,
        message.length() <= 1000 ? message : message.substring(0, 997) + "...", clock.instant());
  }

  private void insert(List<Alert> raised) {
    if (!raised.isEmpty()) {
      alerts.insert(raised);
    }
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
