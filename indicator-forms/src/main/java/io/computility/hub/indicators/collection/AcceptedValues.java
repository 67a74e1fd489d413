package io.computility.hub.indicators.collection;

import java.math.BigDecimal;
import java.util.Map;

/** Told when values are accepted, so analysis can check thresholds (implemented by the analysis feature). */
public interface AcceptedValues {

  /** A unit's numeric values for a period have just been accepted. */
  void accepted(String unitCode, String period, Map<String, BigDecimal> numbers);
}
