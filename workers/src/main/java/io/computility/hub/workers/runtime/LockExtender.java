package io.computility.hub.workers.runtime;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.operaton.bpm.engine.ExternalTaskService;
import org.operaton.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a task locked while its worker runs longer than the lock duration, so no other node fetches it
 * meanwhile. The lock is renewed three times per lock duration to leave room for a slow database.
 */
final class LockExtender {

  private static final Logger log = LoggerFactory.getLogger(LockExtender.class);

  private final ExternalTaskService externalTasks;
  private final ScheduledExecutorService scheduler;
  private final String workerId;

  LockExtender(ExternalTaskService externalTasks, ScheduledExecutorService scheduler, String workerId) {
    this.externalTasks = externalTasks;
    this.scheduler = scheduler;
    this.workerId = workerId;
  }

  /** Starts renewing the lock of {@code taskId}; close the lease before reporting the task's outcome. */
  Lease keepLocked(String taskId, Duration lockDuration) {
    Lease lease = new Lease(taskId, lockDuration.toMillis());
    long period = Math.max(1, lockDuration.toMillis() / 3);
    synchronized (lease) {
      lease.renewal = scheduler.scheduleAtFixedRate(lease::extend, period, period, TimeUnit.MILLISECONDS);
    }
    return lease;
  }

  /** The renewal of one task's lock. */
  final class Lease implements AutoCloseable {

    private final String taskId;
    private final long lockMillis;
    private ScheduledFuture<?> renewal;
    private boolean closed;

    private Lease(String taskId, long lockMillis) {
      this.taskId = taskId;
      this.lockMillis = lockMillis;
    }

    // Synchronized with close(): a renewal must not race the completion that deletes the task.
    private synchronized void extend() {
      if (closed) {
        return;
      }
      try {
        externalTasks.extendLock(taskId, workerId, lockMillis);
      } catch (ProcessEngineException e) {
        log.warn("Could not extend the lock of external task {}; it may have been cancelled: {}",
            taskId, e.getMessage());
        close();
      }
    }

    /** Stops renewing; when it returns no renewal is running. */
    @Override
    public synchronized void close() {
      closed = true;
      renewal.cancel(false);
    }
  }
}
