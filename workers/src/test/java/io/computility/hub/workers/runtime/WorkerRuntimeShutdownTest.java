package io.computility.hub.workers.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.Worker;
import io.computility.hub.workers.WorkItem;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ExternalTaskService;
import org.operaton.bpm.engine.externaltask.ExternalTaskQueryTopicBuilder;
import org.operaton.bpm.engine.externaltask.LockedExternalTask;
import org.operaton.bpm.engine.variable.Variables;

/** Graceful shutdown, without an engine: the engine's side is a mock that hands out one task. */
class WorkerRuntimeShutdownTest {

  private final ExternalTaskService externalTasks = mock(ExternalTaskService.class);
  private final CountDownLatch started = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);

  @BeforeEach
  void oneTaskToFetch() {
    LockedExternalTask task = mock(LockedExternalTask.class);
    when(task.getId()).thenReturn("task-1");
    when(task.getTopicName()).thenReturn("slow");
    when(task.getVariables()).thenReturn(Variables.createVariables());
    ExternalTaskQueryTopicBuilder fetch = mock(ExternalTaskQueryTopicBuilder.class);
    when(externalTasks.fetchAndLock(anyInt(), anyString())).thenReturn(fetch);
    when(fetch.topic(anyString(), anyLong())).thenReturn(fetch);
    when(fetch.execute()).thenReturn(List.of(task), List.of());
  }

  @AfterEach
  void releaseWorker() {
    release.countDown();
  }

  @Test
  void stopsFetchingAndLetsTheRunningTaskFinish() throws Exception {
    WorkerRuntime runtime = runtime(Duration.ofSeconds(10));
    runtime.start();
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

    CompletableFuture<Void> stopping = CompletableFuture.runAsync(runtime::stop);

    await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !stopping.isDone());
    release.countDown();
    stopping.get(10, TimeUnit.SECONDS);
    assertThat(runtime.isRunning()).isFalse();
    verify(externalTasks).complete("task-1", "node-1", Map.of("done", true));
  }

  @Test
  void interruptsWorkStillRunningAfterTheTimeoutAndHandsItsTaskBack() throws Exception {
    WorkerRuntime runtime = runtime(Duration.ofMillis(200));
    runtime.start();
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

    runtime.stop();

    verify(externalTasks, timeout(5_000)).unlock("task-1");
    verify(externalTasks, never()).handleFailure(anyString(), anyString(), anyString(), anyString(), anyInt(),
        anyLong());
  }

  private WorkerRuntime runtime(Duration shutdownTimeout) {
    WorkersProperties properties = new WorkersProperties(true, null, 2, Duration.ofMillis(50),
        Duration.ofSeconds(1), shutdownTimeout, null, null);
    return new WorkerRuntime(externalTasks, List.of(new SlowWorker()), properties, new PollSignal(), "node-1");
  }

  private final class SlowWorker implements Worker {

    @Override
    public String topic() {
      return "slow";
    }

    @Override
    public WorkResult work(WorkItem item) throws InterruptedException {
      started.countDown();
      release.await();
      return WorkResult.complete(Map.of("done", true));
    }
  }
}
