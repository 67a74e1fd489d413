package io.computility.hub.workers.runtime;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs a task on a daemon thread of its own with a fixed delay between one run's end and the next one's start: the
 * one way the hub's background loops (the ledger relay, the anomaly scan) run. Declared as a bean, it starts after
 * the data source and the process engine and stops before them. A run that throws is logged and the loop goes on.
 */
public final class PeriodicRunner implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(PeriodicRunner.class);

  private final String name;
  private final Duration interval;
  private final boolean enabled;
  private final Runnable task;
  private ScheduledExecutorService executor;

  /**
   * @param name the thread's name, also used in the log
   * @param interval the delay between runs, and before the first
   * @param enabled whether the loop runs at all (a disabled one never starts)
   * @param task what one run does
   */
  public PeriodicRunner(String name, Duration interval, boolean enabled, Runnable task) {
    this.name = name;
    this.interval = interval;
    this.enabled = enabled;
    this.task = task;
  }

  /** Starts the loop; nothing when it is disabled or runs already. */
  @Override
  public synchronized void start() {
    if (!enabled || executor != null) {
      return;
    }
    executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    });
    executor.scheduleWithFixedDelay(this::runQuietly, interval.toMillis(), interval.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  /** Stops the loop, letting a run in progress finish (up to ten seconds). */
  @Override
  public void stop() {
    ScheduledExecutorService running;
    synchronized (this) {
      running = executor;
      executor = null;
    }
    if (running != null) {
      running.shutdown();
      try {
        running.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Whether the loop runs. */
  @Override
  public synchronized boolean isRunning() {
    return executor != null;
  }

  @Override
  public int getPhase() {
    // stop before the data source and the engine, start after them
    return Integer.MAX_VALUE - 1000;
  }

  private void runQuietly() {
    try {
      task.run();
    } catch (RuntimeException e) {
      log.error("{} run failed; the next run follows in {}", name, interval, e);
    }
  }
}
