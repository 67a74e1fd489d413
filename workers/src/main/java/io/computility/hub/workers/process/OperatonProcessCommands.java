package io.computility.hub.workers.process;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.MismatchingMessageCorrelationException;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.history.HistoricTaskInstance;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.operaton.bpm.engine.task.Task;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** {@link ProcessCommands} on the embedded Operaton engine (the default, {@code hub.engine=operaton}). */
@Component
@ConditionalOnProperty(name = "hub.engine", havingValue = "operaton", matchIfMissing = true)
class OperatonProcessCommands implements ProcessCommands {

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final HistoryService history;

  OperatonProcessCommands(RuntimeService runtime, TaskService tasks, HistoryService history) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.history = history;
  }

  @Override
  public String start(String processKey, String businessKey, Map<String, Object> variables) {
    return runtime.startProcessInstanceByKey(processKey, businessKey, variables).getId();
  }

  @Override
  public String startByMessage(String messageName, String businessKey, Map<String, Object> variables) {
    return runtime.startProcessInstanceByMessage(messageName, businessKey, variables).getId();
  }

  @Override
  public Optional<String> runningInstance(String processKey, String businessKey) {
    return Optional.ofNullable(runtime.createProcessInstanceQuery().processDefinitionKey(processKey)
        .processInstanceBusinessKey(businessKey).singleResult()).map(ProcessInstance::getId);
  }

  @Override
  public void correlate(String messageName, String businessKey, Map<String, Object> variables) {
    try {
      runtime.createMessageCorrelation(messageName).processInstanceBusinessKey(businessKey)
          .setVariables(variables).correlate();
    } catch (MismatchingMessageCorrelationException e) {
      throw new NotCorrelatedException("No instance with business key '" + businessKey + "' waits for "
          + messageName, e);
    }
  }

  @Override
  public void correlateByVariable(String messageName, String variableName, Object value,
      Map<String, Object> variables) {
    // correlateAll answers an empty list where correlate would throw, and the engine would log the miss as an error
    if (runtime.createMessageCorrelation(messageName).processInstanceVariableEquals(variableName, value)
        .setVariables(variables).correlateAllWithResult().isEmpty()) {
      throw new NotCorrelatedException("No instance with " + variableName + " = '" + value + "' waits for "
          + messageName, null);
    }
  }

  @Override
  public void setVariables(String processKey, String businessKey, Map<String, Object> variables) {
    runningInstance(processKey, businessKey).ifPresent(instance -> runtime.setVariables(instance, variables));
  }

  @Override
  public Optional<WaitingTask> waitingUserTask(String processKey, String businessKey, String taskDefinitionKey) {
    return Optional.ofNullable(tasks.createTaskQuery().processDefinitionKey(processKey)
            .processInstanceBusinessKey(businessKey).taskDefinitionKey(taskDefinitionKey).singleResult())
        .map(task -> new WaitingTask(task.getId(), task.getProcessInstanceId()));
  }

  @Override
  public Map<String, WaitingTask> waitingUserTasks(String processKey, Collection<String> businessKeys,
      String taskDefinitionKey) {
    if (businessKeys.isEmpty()) {
      return Map.of();
    }
    List<Task> waiting = tasks.createTaskQuery().processDefinitionKey(processKey)
        .processInstanceBusinessKeyIn(businessKeys.toArray(String[]::new)).taskDefinitionKey(taskDefinitionKey)
        .list();
    if (waiting.isEmpty()) {
      return Map.of();
    }
    // a task does not carry its instance's business key: one more query for the instances that have a waiting task
    Map<String, String> keys = new HashMap<>();
    runtime.createProcessInstanceQuery()
        .processInstanceIds(waiting.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet())).list()
        .forEach(instance -> keys.put(instance.getId(), instance.getBusinessKey()));
    Map<String, WaitingTask> byKey = new HashMap<>();
    waiting.forEach(task -> byKey.put(keys.get(task.getProcessInstanceId()),
        new WaitingTask(task.getId(), task.getProcessInstanceId())));
    return byKey;
  }

  @Override
  public void completeUserTask(WaitingTask task, Map<String, Object> variables) {
    tasks.complete(task.id(), variables);
  }

  @Override
  public Optional<String> lastAssignee(String processInstanceId, String taskDefinitionKey) {
    return history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(taskDefinitionKey).finished().orderByHistoricTaskInstanceEndTime().desc().list().stream()
        .map(HistoricTaskInstance::getAssignee).filter(Objects::nonNull).findFirst();
  }
}
