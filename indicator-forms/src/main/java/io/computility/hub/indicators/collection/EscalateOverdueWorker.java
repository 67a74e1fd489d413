package io.computility.hub.indicators.collection;

import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.Worker;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code indicator-escalate}: the unit is overdue; the escalation is logged and raised as an alert to the
 * regulators of the unit's region. The form stays open so the unit can still report.
 */
@Component
class EscalateOverdueWorker implements Worker {

  private final SubmissionLog log;
  private final OverdueAlerts alerts;

  EscalateOverdueWorker(SubmissionLog log, OverdueAlerts alerts) {
    this.log = log;
    this.alerts = alerts;
  }

  @Override
  public String topic() {
    return "indicator-escalate";
  }

  @Override
  public WorkResult work(WorkItem item) {
    String unitCode = item.requiredString("unitCode");
    String period = item.requiredString("period");
    log.record(null, unitCode, period, Channel.TASK, "ESCALATED", "system", "Data set "
        + item.stringOr("dataSetCode", "") + " overdue since " + item.get("dueAt"));
    alerts.overdue(unitCode, item.stringOr("dataSetCode", ""), period);
    return WorkResult.complete(Map.of("escalated", true));
  }
}
