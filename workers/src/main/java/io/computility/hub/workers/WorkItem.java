package io.computility.hub.workers;

import java.util.Map;
import java.util.Objects;

/**
 * One task handed to a {@link Worker}: where it comes from and the variables it may read.
 *
 * @param taskId the engine's id of the external task (or job key)
 * @param processInstanceId the instance the task belongs to
 * @param businessKey the instance's business key, may be {@code null}
 * @param activityId the id of the BPMN element that created the task
 * @param retriesLeft how many more failures the runtime tolerates before it raises an incident
 * @param variables the input variables (immutable)
 */
public record WorkItem(String taskId, String processInstanceId, String businessKey, String activityId,
    int retriesLeft, Map<String, Object> variables) {

  public WorkItem {
    variables = Map.copyOf(variables);
  }

  /** The variable's value, or {@code null} when absent. */
  public Object get(String name) {
    return variables.get(name);
  }

  /** A required string variable; a missing one is a modelling error, not a retryable failure. */
  public String requiredString(String name) {
    Object value = variables.get(name);
    if (value == null) {
      throw new MissingVariableException(name);
    }
    return value.toString();
  }

  /** A required whole-number variable (stored by the engine as Integer or Long). */
  public long requiredLong(String name) {
    Object value = variables.get(name);
    if (value instanceof Number number) {
      return number.longValue();
    }
    if (value == null) {
      throw new MissingVariableException(name);
    }
    return Long.parseLong(value.toString());
  }

  /** An optional string variable with a default. */
  public String stringOr(String name, String fallback) {
    return Objects.toString(variables.get(name), fallback);
  }

  /** Thrown when a task lacks a variable its worker requires. */
  public static final class MissingVariableException extends IllegalArgumentException {
    private final String variable;

    public MissingVariableException(String variable) {
      super("Required process variable '" + variable + "' is missing");
      this.variable = variable;
    }

    public String variable() {
      return variable;
    }
  }
}
