package io.computility.hub.workers.camunda8;

import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * Variables as Camunda 8 reads them: the hub's workers and callers hand over dates as {@link Date} or
 * {@code java.time} values, which Operaton stores as dates; Camunda 8 stores JSON, where its timers and due
 * dates expect ISO-8601 strings, so dates travel as such.
 */
final class Camunda8Variables {

  private Camunda8Variables() {
  }

  static Map<String, Object> of(Map<String, Object> variables) {
    Map<String, Object> json = new HashMap<>();
    variables.forEach((name, value) -> json.put(name, value instanceof Date date ? date.toInstant().toString()
        : value instanceof TemporalAccessor temporal ? temporal.toString() : value));
    return json;
  }
}
