package io.computility.hub.workers;

import java.util.Map;

/** What a {@link Worker} made of a task. */
public sealed interface WorkResult {

  /** The task is done; {@code variables} are written to the process instance. */
  record Completed(Map<String, Object> variables) implements WorkResult {
    public Completed {
      variables = Map.copyOf(variables);
    }
  }

  /**
   * A business outcome the model handles with an error boundary event (e.g. {@code INSUFFICIENT_BALANCE});
   * never retried.
   */
  record BpmnError(String code, String message, Map<String, Object> variables) implements WorkResult {
    public BpmnError {
      variables = Map.copyOf(variables);
    }
  }

  /** A technical failure (a provider down, a timeout): retried with back-off, then an incident. */
  record Failed(String message, String details) implements WorkResult {
  }

  static WorkResult complete() {
    return new Completed(Map.of());
  }

  static WorkResult complete(Map<String, Object> variables) {
    return new Completed(variables);
  }

  static WorkResult bpmnError(String code, String message) {
    return new BpmnError(code, message, Map.of());
  }

  static WorkResult bpmnError(String code, String message, Map<String, Object> variables) {
    return new BpmnError(code, message, variables);
  }

  static WorkResult failed(String message) {
    return new Failed(message, null);
  }
}
