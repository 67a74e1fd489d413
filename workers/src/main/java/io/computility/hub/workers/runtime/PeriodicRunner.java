package io.computility.hub.workers.runtime;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a task on a daemon thread of its own with a fixed delay between one run's end and the next one's start: the
 * one way the hub's background loops (the ledger relay, the anomaly scan) run. Their beans start and stop it with
 * the application context. A run that throws is logged and the loop goes on.
 */
public final class PeriodicRunner {

  private static final Logger log = LoggerFactory.getLogger(PeriodicRunner.class);

  private final String name;
  private final Duration interval;
  private final Runnable task;
  private ScheduledExecutorService executor;

  /**
   * @param name the thread's name, also used in the log
   * @param interval the delay between runs, and before the first
   * @param task what one run does
   */
  public PeriodicRunner(String name, Duration interval, Runnable task) {
    this.name = name;
    this.interval = interval;
    this.task = task;
  }

  /** Starts the loop; nothing when it runs already. */
  public synchronized void start() {
    if (executor != null) {
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
  public synchronized boolean isRunning() {
    return executor != null;
  }

  private void runQuietly() {
    try {
      task.run();
    } catch (RuntimeException e) {
      log.error("{} run failed; the next run follows in {}", name, interval, e);
    }
  }
}
