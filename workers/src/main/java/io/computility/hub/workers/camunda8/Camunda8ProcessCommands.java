package io.computility.hub.workers.camunda8;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import io.computility.hub.workers.process.ProcessCommands;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link ProcessCommands} on a Camunda 8 cluster, over its REST API: {@code POST /v2/process-instances},
 * {@code /v2/messages/publication}, {@code /v2/process-instances/search},
 * {@code /v2/element-instances/{key}/variables}, {@code /v2/user-tasks/search} and
 * {@code /v2/user-tasks/{key}/completion}. The business key travels as the variable {@value #BUSINESS_KEY} and
 * is the correlation key of messages correlated by business key. Searches read the cluster's secondary
 * storage, which trails the engine by a moment.
 */
final class Camunda8ProcessCommands implements ProcessCommands {

  private final CamundaClient client;
  private final Camunda8Properties properties;

  Camunda8ProcessCommands(CamundaClient client, Camunda8Properties properties) {
    this.client = client;
    this.properties = properties;
  }

  @Override
  public String start(String processKey, String businessKey, Map<String, Object> variables) {
    Map<String, Object> withKey = new HashMap<>(variables);
    withKey.put(BUSINESS_KEY, businessKey);
    var command = client.newCreateInstanceCommand().bpmnProcessId(processKey).latestVersion().variables(withKey);
    if (properties.tenantId() != null) {
      command.tenantId(properties.tenantId());
    }
    return Long.toString(command.send().join().getProcessInstanceKey());
  }

  @Override
  public String startByMessage(String messageName, String businessKey, Map<String, Object> variables) {
    Map<String, Object> withKey = new HashMap<>(variables);
    withKey.put(BUSINESS_KEY, businessKey);
    return Long.toString(publish(messageName, businessKey, withKey));
  }

  @Override
  public Optional<String> runningInstance(String processKey, String businessKey) {
    return client.newProcessInstanceSearchRequest()
        .filter(filter -> filter.processDefinitionId(processKey).state(ProcessInstanceState.ACTIVE)
            .variables(Map.of(BUSINESS_KEY, businessKey)))
        .send().join().items().stream()
        .findFirst()
        .map(instance -> Long.toString(instance.getProcessInstanceKey()));
  }

  @Override
  public void correlate(String messageName, String businessKey, Map<String, Object> variables) {
    publish(messageName, businessKey, variables);
  }

  @Override
  public void correlateByVariable(String messageName, String variableName, Object value,
      Map<String, Object> variables) {
    publish(messageName, value.toString(), variables);
  }

  @Override
  public void setVariables(String processKey, String businessKey, Map<String, Object> variables) {
    runningInstance(processKey, businessKey).ifPresent(instance ->
        client.newSetVariablesCommand(Long.parseLong(instance)).variables(Camunda8Variables.of(variables))
            .send().join());
  }

  @Override
  public Optional<WaitingTask> waitingUserTask(String processKey, String businessKey, String taskDefinitionKey) {
    return client.newUserTaskSearchRequest()
        .filter(filter -> filter.bpmnProcessId(processKey).elementId(taskDefinitionKey)
            .state(UserTaskState.CREATED).processInstanceVariables(Map.of(BUSINESS_KEY, businessKey)))
        .send().join().items().stream()
        .findFirst()
        .map(Camunda8ProcessCommands::waitingTask);
  }

  @Override
  public void completeUserTask(WaitingTask task, Map<String, Object> variables) {
    client.newCompleteUserTaskCommand(Long.parseLong(task.id())).variables(Camunda8Variables.of(variables))
        .send().join();
  }

  @Override
  public Optional<String> lastAssignee(String processInstanceId, String taskDefinitionKey) {
    return client.newUserTaskSearchRequest()
        .filter(filter -> filter.processInstanceKey(Long.parseLong(processInstanceId)).elementId(taskDefinitionKey)
            .state(UserTaskState.COMPLETED))
        .sort(sort -> sort.completionDate().desc())
        .send().join().items().stream()
        .map(UserTask::getAssignee).filter(Objects::nonNull).findFirst();
  }

  private long publish(String messageName, String correlationKey, Map<String, Object> variables) {
    var command = client.newPublishMessageCommand().messageName(messageName).correlationKey(correlationKey)
        .timeToLive(properties.messageTimeToLive()).variables(Camunda8Variables.of(variables));
    if (properties.tenantId() != null) {
      command.tenantId(properties.tenantId());
    }
    return command.send().join().getMessageKey();
  }

  private static WaitingTask waitingTask(UserTask task) {
    return new WaitingTask(Long.toString(task.getUserTaskKey()), Long.toString(task.getProcessInstanceKey()));
  }
}
