package io.computility.hub.indicators.pull;

import io.computility.hub.indicators.Caller;
import io.computility.hub.indicators.MonitoringProblem;
import io.computility.hub.indicators.collection.CollectionDue;
import io.computility.hub.indicators.collection.DataSet;
import io.computility.hub.indicators.collection.DataSets;
import io.computility.hub.indicators.units.PullEndpoint;
import io.computility.hub.indicators.units.ReportingUnits;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Pulls units' values from their own endpoints (M-9.3 b): on the collection task's schedule (when a data set is
 * issued for a period, and again at the task's reminder) for every unit that declared an endpoint, and on an
 * operator's request.
 */
@Service
public class UnitPulls {

  private static final Logger LOG = LoggerFactory.getLogger(UnitPulls.class);

  private final ProducerTemplate camel;
  private final ReportingUnits units;
  private final DataSets dataSets;

  UnitPulls(ProducerTemplate camel, ReportingUnits units, DataSets dataSets) {
    this.camel = camel;
    this.units = units;
    this.dataSets = dataSets;
  }

  /**
   * Pulls a unit's values of a data set for a period now and answers what came of it; a failed pull is an
   * outcome (recorded in the collection log), not an exception.
   */
  public PullOutcome pull(String unitCode, String dataSetCode, String period, Caller caller) {
    units.visible(unitCode, caller);
    DataSet dataSet = dataSets.get(dataSetCode);
    if (!dataSet.periodType().accepts(period)) {
      throw new MonitoringProblem.Invalid("period-invalid", "Period '" + period + "' is not a "
          + dataSet.periodType() + " period of data set " + dataSetCode, "period");
    }
    PullEndpoint endpoint = units.endpoint(unitCode).orElseThrow(() -> new MonitoringProblem.Invalid(
        "pull-endpoint-missing", "Unit '" + unitCode + "' has declared no endpoint to pull from", "unitCode"));
    return camel.requestBody(UnitPullRoutes.PULL, new PullRequest(unitCode, dataSetCode, period, endpoint),
        PullOutcome.class);
  }

  /** A unit's collection task waits: pull its values in the background if it has an endpoint. */
  @EventListener
  void collectionDue(CollectionDue due) {
    units.endpoint(due.unitCode()).ifPresent(endpoint -> camel.asyncRequestBody(UnitPullRoutes.PULL,
            new PullRequest(due.unitCode(), due.dataSetCode(), due.period(), endpoint))
        .whenComplete((outcome, error) -> {
          if (error != null) {
            LOG.error("Pull of {} for {} {} broke down", due.unitCode(), due.dataSetCode(), due.period(), error);
          }
        }));
  }
}
