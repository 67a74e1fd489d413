package io.computility.hub.workers.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.computility.hub.workers.ScriptedWorker;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.WorkersTestApplication;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ExternalTaskService;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.externaltask.ExternalTask;
import org.operaton.bpm.engine.runtime.Incident;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = WorkersTestApplication.class)
class WorkerRuntimeTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired ExternalTaskService externalTasks;
  @Autowired WorkerRuntime workerRuntime;
  @Autowired ScriptedWorker completingWorker;
  @Autowired ScriptedWorker rejectingWorker;
  @Autowired ScriptedWorker flakyWorker;
  @Autowired ScriptedWorker strictWorker;
  @Autowired ScriptedWorker longRunningWorker;
  @Autowired ScriptedWorker gatedWorker;

  private final List<String> deployments = new ArrayList<>();
  private final CountDownLatch gate = new CountDownLatch(1);

  @AfterEach
  void removeDeployments() {
    gate.countDown();
    deployments.forEach(id -> repository.deleteDeployment(id, true));
  }

  @Test
  void completesTheTaskWithTheWorkersVariables() {
    completingWorker.script(item ->
        WorkResult.complete(Map.of("greeting", "Hello, " + item.requiredString("name"))));
    deploy(workThenWait("completion", "completing"));

    ProcessInstance instance = runtime.startProcessInstanceByKey("completion", "order-1", Map.of("name", "Ada"));

    awaitWaitingAt(instance, "afterWork");
    assertThat(runtime.getVariable(instance.getId(), "greeting")).isEqualTo("Hello, Ada");
    assertThat(completingWorker.calls()).singleElement().satisfies(call -> {
      assertThat(call.item().processInstanceId()).isEqualTo(instance.getId());
      assertThat(call.item().businessKey()).isEqualTo("order-1");
      assertThat(call.item().activityId()).isEqualTo("work");
      assertThat(call.item().retriesLeft()).isEqualTo(2);
    });
  }

  @Test
  void aBpmnErrorIsCaughtByTheBoundaryEventWithItsVariables() {
    rejectingWorker.script(item -> WorkResult.bpmnError("NO_CAPACITY", "No capacity left",
        Map.of("reason", "cluster full")));
    deploy(Bpmn.createExecutableProcess("rejection")
        .operatonHistoryTimeToLive(30)
        .startEvent("start")
        .serviceTask("work").operatonExternalTask("rejecting")
        .userTask("afterWork")
        .endEvent("done")
        .moveToActivity("work")
        .boundaryEvent("noCapacity").error("NO_CAPACITY")
        .userTask("handleNoCapacity")
        .endEvent("rejected")
        .done());

    ProcessInstance instance = runtime.startProcessInstanceByKey("rejection");

    awaitWaitingAt(instance, "handleNoCapacity");
    assertThat(runtime.getVariable(instance.getId(), "reason")).isEqualTo("cluster full");
  }

  @Test
  void aFailureIsRetriedWithBackoffUntilTheAttemptsRunOutThenRaisesAnIncident() {
    flakyWorker.script(item -> {
      throw new IllegalStateException("provider down");
    });
    deploy(workThenWait("retrying", "flaky"));

    ProcessInstance instance = runtime.startProcessInstanceByKey("retrying");

    Incident incident = awaitIncident(instance);
    assertThat(incident.getIncidentMessage()).isEqualTo("provider down");
    assertThat(externalTask(instance).getRetries()).isZero();
    List<ScriptedWorker.Call> calls = flakyWorker.calls();
    assertThat(calls).extracting(call -> call.item().retriesLeft()).containsExactly(2, 1, 0);
    // Back-off 2 s, then 4 s capped at 3 s (topic "flaky"), less up to 1 s that the driver drops.
    assertThat(gapMillis(calls, 0)).isGreaterThanOrEqualTo(1_000);
    assertThat(gapMillis(calls, 1)).isGreaterThanOrEqualTo(2_000);
  }

  @Test
  void aMissingVariableRaisesAnIncidentAtOnce() {
    strictWorker.script(item -> WorkResult.complete(Map.of("echo", item.requiredString("mandatory"))));
    deploy(workThenWait("strictness", "strict"));

    ProcessInstance instance = runtime.startProcessInstanceByKey("strictness");

    Incident incident = awaitIncident(instance);
    assertThat(incident.getIncidentMessage()).contains("'mandatory'");
    assertThat(strictWorker.calls()).hasSize(1);
    assertThat(externalTask(instance).getRetries()).isZero();
  }

  @Test
  void aLongRunningTaskStaysLockedBeyondItsLockDuration() {
    longRunningWorker.script(item -> {
      gate.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      return WorkResult.complete(Map.of("finished", true));
    });
    deploy(workThenWait("longRun", "long-running"));
    ProcessInstance instance = runtime.startProcessInstanceByKey("longRun");
    await().atMost(TIMEOUT).until(() -> longRunningWorker.running() == 1);
    Date firstExpiry = externalTask(instance).getLockExpirationTime();

    // Lock duration of topic "long-running" is 3 s: holding for 5 s needs the lock extended repeatedly.
    await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(7)).untilAsserted(() -> {
      ExternalTask task = externalTask(instance);
      assertThat(task.getWorkerId()).isEqualTo(workerRuntime.workerId());
      assertThat(task.getLockExpirationTime()).isInTheFuture();
      assertThat(longRunningWorker.calls()).hasSize(1);
    });
    assertThat(externalTask(instance).getLockExpirationTime()).isAfter(firstExpiry);

    gate.countDown();
    awaitWaitingAt(instance, "afterWork");
    assertThat(runtime.getVariable(instance.getId(), "finished")).isEqualTo(true);
  }

  @Test
  void noMoreTasksRunAtOnceThanTheConfiguredConcurrency() {
    gatedWorker.script(item -> {
      gate.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      return WorkResult.complete();
    });
    deploy(workThenWait("gating", "gated"));
    List<ProcessInstance> instances = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      instances.add(runtime.startProcessInstanceByKey("gating"));
    }

    await().atMost(TIMEOUT).until(() -> gatedWorker.running() == 2);
    // With both slots (hub.workers.concurrency: 2) busy the runtime fetches no more tasks.
    await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).untilAsserted(() -> {
      assertThat(externalTasks.createExternalTaskQuery().topicName("gated").locked().count()).isEqualTo(2);
      assertThat(gatedWorker.calls()).hasSize(2);
    });

    gate.countDown();
    instances.forEach(instance -> awaitWaitingAt(instance, "afterWork"));
    assertThat(gatedWorker.calls()).hasSize(4);
    assertThat(gatedWorker.mostRunning()).isEqualTo(2);
  }

  @Test
  void aNewTaskWakesTheIdlePollerAtOnce() {
    completingWorker.script(item -> WorkResult.complete());
    deploy(workThenWait("wakeUp", "completing"));

    ProcessInstance instance = runtime.startProcessInstanceByKey("wakeUp");

    // Idle polls are 60 s apart in the test configuration; only the wake-up gets the task served this soon.
    await().atMost(Duration.ofSeconds(10)).until(() -> isWaitingAt(instance, "afterWork"));
    assertThat(completingWorker.calls()).hasSize(1);
  }

  private static BpmnModelInstance workThenWait(String processKey, String topic) {
    return Bpmn.createExecutableProcess(processKey)
        .operatonHistoryTimeToLive(30)
        .startEvent("start")
        .serviceTask("work").operatonExternalTask(topic)
        .userTask("afterWork")
        .endEvent("done")
        .done();
  }

  private void deploy(BpmnModelInstance model) {
    String processKey = model.getModelElementsByType(org.operaton.bpm.model.bpmn.instance.Process.class)
        .iterator().next().getId();
    deployments.add(repository.createDeployment()
        .addModelInstance(processKey + ".bpmn", model)
        .deploy()
        .getId());
  }

  private void awaitWaitingAt(ProcessInstance instance, String activityId) {
    await().atMost(TIMEOUT).until(() -> isWaitingAt(instance, activityId));
  }

  private boolean isWaitingAt(ProcessInstance instance, String activityId) {
    return runtime.getActiveActivityIds(instance.getId()).contains(activityId);
  }

  private Incident awaitIncident(ProcessInstance instance) {
    return await().atMost(TIMEOUT).until(
        () -> runtime.createIncidentQuery().processInstanceId(instance.getId()).singleResult(),
        incident -> incident != null);
  }

  private ExternalTask externalTask(ProcessInstance instance) {
    return externalTasks.createExternalTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private static long gapMillis(List<ScriptedWorker.Call> calls, int index) {
    return TimeUnit.NANOSECONDS.toMillis(calls.get(index + 1).startedNanos() - calls.get(index).startedNanos());
  }
}
