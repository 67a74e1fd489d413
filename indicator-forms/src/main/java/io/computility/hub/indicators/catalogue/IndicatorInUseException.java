package io.computility.hub.indicators.catalogue;

import io.computility.hub.indicators.MonitoringProblem;

/** An indicator that data sets or submissions use was to be deleted; it can only be retired. */
public class IndicatorInUseException extends MonitoringProblem.Conflict {

  public IndicatorInUseException(String code) {
    super("indicator-in-use", "Indicator '" + code + "' is in use by data sets or submissions; retire it instead",
        "code");
  }
}
