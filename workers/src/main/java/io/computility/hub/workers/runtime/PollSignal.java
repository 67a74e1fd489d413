package io.computility.hub.workers.runtime;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Wakes the idle poller early: raised when an external task is created, a retry comes due or a worker slot
 * frees up. A signal raised while nobody waits is kept, so the next wait returns at once.
 */
final class PollSignal {

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition raised = lock.newCondition();
  private boolean pending;

  /** Wakes the poller, or makes its next wait return at once. */
  void raise() {
    lock.lock();
    try {
      pending = true;
      raised.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Waits until the signal is raised or {@code timeout} has passed, and clears it.
   *
   * @return whether the signal was raised
   */
  boolean await(Duration timeout) throws InterruptedException {
    lock.lock();
    try {
      long nanos = timeout.toNanos();
      while (!pending && nanos > 0) {
        nanos = raised.awaitNanos(nanos);
      }
      boolean wasRaised = pending;
      pending = false;
      return wasRaised;
    } finally {
      lock.unlock();
    }
  }
}
