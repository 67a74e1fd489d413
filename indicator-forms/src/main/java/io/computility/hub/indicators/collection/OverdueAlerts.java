package io.computility.hub.indicators.collection;

/** Where overdue collection tasks are raised (implemented by the analysis feature's alerts). */
public interface OverdueAlerts {

  /** A unit has not reported a data set for a period by its due time. */
  void overdue(String unitCode, String dataSetCode, String period);
}
