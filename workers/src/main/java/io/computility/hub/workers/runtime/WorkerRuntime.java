package io.computility.hub.workers.runtime;

import io.computility.hub.workers.Worker;
import io.computility.hub.workers.runtime.WorkersProperties.TopicSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.operaton.bpm.engine.ExternalTaskService;
import org.operaton.bpm.engine.externaltask.LockedExternalTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Serves every {@link Worker} bean from the engine's external tasks, in-process.
 *
 * <p>One poller thread fetches and locks tasks for the workers' topics, never more than there are free
 * worker slots ({@code hub.workers.concurrency}), and hands them to a fixed pool. When a poll finds nothing it
 * waits {@code hub.workers.poll-idle-min}, doubling the wait up to {@code hub.workers.poll-idle-max}; the
 * {@link PollSignal} cuts the wait short when a task is created, a retry comes due or a slot frees up. On shutdown it stops fetching and lets running
 * tasks finish within {@code hub.workers.shutdown-timeout}, then interrupts the rest; a worker that gives up on
 * the interrupt has its task unlocked for another node, one that ignores it keeps the task until its lock
 * expires.
 */
final class WorkerRuntime implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(WorkerRuntime.class);

  private final ExternalTaskService externalTasks;
  private final Map<String, Worker> workersByTopic;
  private final WorkersProperties properties;
  private final PollSignal signal;
  private final String workerId;
  private final Semaphore freeSlots;

  private volatile boolean running;
  private Thread poller;
  private ExecutorService workerPool;
  private ScheduledExecutorService scheduler;
  private TaskRunner taskRunner;

  WorkerRuntime(ExternalTaskService externalTasks, List<Worker> workers, WorkersProperties properties,
      PollSignal signal, String workerId) {
    this.externalTasks = externalTasks;
    this.workersByTopic = byTopic(workers);
    this.properties = properties;
    this.signal = signal;
    this.workerId = workerId;
    this.freeSlots = new Semaphore(properties.concurrency());
  }

  /** The id this node locks its tasks with. */
  String workerId() {
    return workerId;
  }

  @Override
  public synchronized void start() {
    if (running || workersByTopic.isEmpty()) {
      return;
    }
    scheduler = Executors.newSingleThreadScheduledExecutor(threads("hub-worker-locks-"));
    workerPool = Executors.newFixedThreadPool(properties.concurrency(), threads("hub-worker-"));
    taskRunner = new TaskRunner(externalTasks, new LockExtender(externalTasks, scheduler, workerId), workerId);
    running = true;
    poller = threads("hub-worker-poller-").newThread(this::poll);
    poller.start();
    log.info("Worker runtime {} serves topics {} with {} slots", workerId, workersByTopic.keySet(),
        properties.concurrency());
  }

  @Override
  public synchronized void stop() {
    if (!running) {
      return;
    }
    running = false;
    signal.raise();
    Duration timeout = properties.shutdownTimeout();
    try {
      poller.join(timeout.toMillis());
      workerPool.shutdown();
      if (!workerPool.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        log.warn("Workers still running after {}; interrupting them, their tasks are fetched again later",
            timeout);
        workerPool.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      workerPool.shutdownNow();
    } finally {
      scheduler.shutdownNow();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private void poll() {
    Duration idleWait = properties.pollIdleMin();
    List<String> topics = new ArrayList<>(workersByTopic.keySet());
    while (running) {
      try {
        // Rotate so no topic starves the others of slots.
        Collections.rotate(topics, 1);
        if (fetchAndSubmit(topics) > 0) {
          idleWait = properties.pollIdleMin();
          continue;
        }
        Duration wait = freeSlots.availablePermits() == 0 ? properties.pollIdleMax() : idleWait;
        idleWait = signal.await(wait) ? properties.pollIdleMin() : doubled(idleWait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        log.warn("Fetching external tasks failed; trying again in {}", idleWait, e);
        idleWait = doubled(idleWait);
        awaitQuietly(idleWait);
      }
    }
  }

  private int fetchAndSubmit(List<String> topics) {
    int fetched = 0;
    for (String topic : topics) {
      int free = freeSlots.availablePermits();
      if (free == 0 || !running) {
        break;
      }
      TopicSettings settings = properties.topic(topic);
      List<LockedExternalTask> tasks = externalTasks
          .fetchAndLock(Math.min(free, settings.maxTasks()), workerId)
          .topic(topic, settings.lockDuration().toMillis())
          .execute();
      for (LockedExternalTask task : tasks) {
        // Only this thread acquires, so the permits counted above are still there.
        freeSlots.acquireUninterruptibly();
        workerPool.execute(() -> runAndRelease(workersByTopic.get(topic), task, settings));
      }
      fetched += tasks.size();
    }
    return fetched;
  }

  private void runAndRelease(Worker worker, LockedExternalTask task, TopicSettings settings) {
    try {
      taskRunner.run(worker, task, settings).ifPresent(retryDelay ->
          scheduler.schedule(signal::raise, retryDelay.toMillis(), TimeUnit.MILLISECONDS));
    } catch (RuntimeException e) {
      log.error("Unexpected error while running external task {}", task.getId(), e);
    } finally {
      freeSlots.release();
      signal.raise();
    }
  }

  private Duration doubled(Duration wait) {
    Duration twice = wait.multipliedBy(2);
    return twice.compareTo(properties.pollIdleMax()) > 0 ? properties.pollIdleMax() : twice;
  }

  private void awaitQuietly(Duration wait) {
    try {
      signal.await(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  private static Map<String, Worker> byTopic(List<Worker> workers) {
    Map<String, Worker> byTopic = new LinkedHashMap<>();
    for (Worker worker : workers) {
      Worker previous = byTopic.put(worker.topic(), worker);
      if (previous != null) {
        throw new IllegalStateException("Two workers serve topic '" + worker.topic() + "': "
            + previous.getClass().getName() + " and " + worker.getClass().getName());
      }
    }
    return byTopic;
  }

  private static ThreadFactory threads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
