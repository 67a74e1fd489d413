package io.computility.hub.workers.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.Worker;
import io.computility.hub.workers.runtime.WorkersProperties.Backoff;
import io.computility.hub.workers.runtime.WorkersProperties.TopicSettings;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ExternalTaskService;
import org.operaton.bpm.engine.externaltask.LockedExternalTask;
import org.operaton.bpm.engine.variable.Variables;

/** How each outcome of a worker is reported to the engine, without an engine. */
class TaskRunnerTest {

  private static final TopicSettings SETTINGS = new TopicSettings(Duration.ofMinutes(1), 10, 3,
      new Backoff(Duration.ofSeconds(10), 3.0, Duration.ofSeconds(60)));

  private final ExternalTaskService externalTasks = mock(ExternalTaskService.class);
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
  private final TaskRunner runner =
      new TaskRunner(externalTasks, new LockExtender(externalTasks, scheduler, "node-1"), "node-1");

  @AfterEach
  void stopScheduler() {
    scheduler.shutdownNow();
  }

  @Test
  void completesWithTheWorkersVariables() {
    runner.run(worker(item -> WorkResult.complete(Map.of("answer", 42L))), task(null), SETTINGS);

    verify(externalTasks).complete("task-1", "node-1", Map.of("answer", 42L));
  }

  @Test
  void reportsABpmnErrorWithItsVariables() {
    runner.run(worker(item -> WorkResult.bpmnError("NO_CAPACITY", "full", Map.of("reason", "full"))),
        task(null), SETTINGS);

    verify(externalTasks).handleBpmnError("task-1", "node-1", "NO_CAPACITY", "full", Map.of("reason", "full"));
  }

  @Test
  void aFirstFailureUsesOneAttemptAndWaitsTheInitialBackoff() {
    var retry = runner.run(worker(item -> {
      throw new IllegalStateException("provider down");
    }), task(null), SETTINGS);

    verify(externalTasks).handleFailure(eq("task-1"), eq("node-1"), eq("provider down"), anyString(), eq(2),
        eq(10_000L));
    assertThat(retry).contains(Duration.ofSeconds(10));
  }

  @Test
  void aLaterFailureWaitsLonger() {
    var retry = runner.run(worker(item -> WorkResult.failed("still down")), task(2), SETTINGS);

    verify(externalTasks).handleFailure("task-1", "node-1", "still down", null, 1, 30_000L);
    assertThat(retry).contains(Duration.ofSeconds(30));
  }

  @Test
  void theLastFailureLeavesNoRetriesSoTheEngineRaisesAnIncident() {
    var retry = runner.run(worker(item -> WorkResult.failed("still down")), task(1), SETTINGS);

    verify(externalTasks).handleFailure("task-1", "node-1", "still down", null, 0, 0L);
    assertThat(retry).isEmpty();
  }

  @Test
  void aMissingVariableRaisesAnIncidentAtOnce() {
    runner.run(worker(item -> WorkResult.complete(Map.of("echo", item.requiredString("absent")))),
        task(null), SETTINGS);

    verify(externalTasks).handleFailure(eq("task-1"), eq("node-1"),
        eq("Required process variable 'absent' is missing"), anyString(), eq(0), eq(0L));
  }

  @Test
  void theWorkerSeesTheAttemptsLeftAfterThisOne() {
    Worker worker = worker(item -> WorkResult.complete(Map.of("retriesLeft", item.retriesLeft())));

    runner.run(worker, task(null), SETTINGS);

    verify(externalTasks).complete("task-1", "node-1", Map.of("retriesLeft", 2));
  }

  private static LockedExternalTask task(Integer retries) {
    LockedExternalTask task = mock(LockedExternalTask.class);
    when(task.getId()).thenReturn("task-1");
    when(task.getTopicName()).thenReturn("topic");
    when(task.getRetries()).thenReturn(retries);
    when(task.getVariables()).thenReturn(Variables.createVariables().putValue("empty", null));
    return task;
  }

  private static Worker worker(Script script) {
    return new Worker() {
      @Override
      public String topic() {
        return "topic";
      }

      @Override
      public WorkResult work(WorkItem item) throws Exception {
        return script.work(item);
      }
    };
  }

  private interface Script {
    WorkResult work(WorkItem item) throws Exception;
  }
}
