package io.computility.hub.workers.process;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the hub does to its processes, whichever engine runs them: start an instance, deliver a message to a
 * waiting instance, and complete a waiting user task. Callers use this port instead of an engine's API, so the
 * hub runs unchanged on the embedded Operaton engine ({@code hub.engine=operaton}, the default) or on a
 * Camunda 8 cluster ({@code hub.engine=camunda8}).
 *
 * <p>Camunda 8 has no business keys: there the business key travels as the process variable
 * {@value #BUSINESS_KEY}, which the converted models use as their messages' correlation key.
 */
public interface ProcessCommands {

  /** The process variable that carries the business key on engines without one. */
  String BUSINESS_KEY = "businessKey";

  /**
   * Starts the latest version of the process {@code processKey}.
   *
   * @return the new instance's id (Operaton) or key (Camunda 8)
   */
  String start(String processKey, String businessKey, Map<String, Object> variables);

  /**
   * Starts the process whose message start event catches {@code messageName}, with {@code businessKey}.
   *
   * @return the new instance's id (Operaton), or the published message's key (Camunda 8, where the instance starts
   *     as the broker takes the message)
   */
  String startByMessage(String messageName, String businessKey, Map<String, Object> variables);

  /** The running instance of {@code processKey} with {@code businessKey}, if there is one. */
  Optional<String> runningInstance(String processKey, String businessKey);

  /**
   * Delivers the message {@code messageName} with {@code variables} to the instance with {@code businessKey}
   * that waits for it.
   *
   * @throws NotCorrelatedException when the engine knows at once that no instance waits for it (Operaton);
   *     Camunda 8 publishes the message and drops it after {@code hub.camunda8.message-time-to-live}
   */
  void correlate(String messageName, String businessKey, Map<String, Object> variables);

  /**
   * Delivers the message {@code messageName} to the instance whose variable {@code variableName} equals
   * {@code value} (on Camunda 8 the model's correlation key for that message is that variable).
   *
   * @throws NotCorrelatedException as for {@link #correlate}
   */
  void correlateByVariable(String messageName, String variableName, Object value, Map<String, Object> variables);

  /**
   * Sets {@code variables} on the running instance of {@code processKey} with {@code businessKey}, for it to read at
   * its next decision (a flag raised while it is busy); does nothing when no such instance runs.
   */
  void setVariables(String processKey, String businessKey, Map<String, Object> variables);

  /** The user task {@code taskDefinitionKey} that waits in the instance of {@code processKey} with the key. */
  Optional<WaitingTask> waitingUserTask(String processKey, String businessKey, String taskDefinitionKey);

  /**
   * The user tasks {@code taskDefinitionKey} that wait in the instances of {@code processKey} with these business
   * keys, by business key; keys without a waiting task are absent. One engine query where the engine allows it
   * (Operaton); this default asks once per key.
   */
  default Map<String, WaitingTask> waitingUserTasks(String processKey, Collection<String> businessKeys,
      String taskDefinitionKey) {
    Map<String, WaitingTask> waiting = new HashMap<>();
    for (String businessKey : businessKeys) {
      waitingUserTask(processKey, businessKey, taskDefinitionKey).ifPresent(task -> waiting.put(businessKey, task));
    }
    return waiting;
  }

  /** Completes a waiting user task with {@code variables}. */
  void completeUserTask(WaitingTask task, Map<String, Object> variables);

  /**
   * Who completed the latest instance of the user task {@code taskDefinitionKey} in the instance
   * {@code processInstanceId} (a worker recording who filled a form or reviewed it); empty when none is completed
   * or it had no assignee. On Camunda 8 this reads the cluster's search API, which trails the engine by a moment.
   */
  Optional<String> lastAssignee(String processInstanceId, String taskDefinitionKey);

  /**
   * A user task that waits for someone.
   *
   * @param id the engine's id (Operaton) or key (Camunda 8) of the task
   * @param processInstanceId the id or key of its instance
   */
  record WaitingTask(String id, String processInstanceId) {
  }

  /** No instance waits for a message. */
  final class NotCorrelatedException extends RuntimeException {

    public NotCorrelatedException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
