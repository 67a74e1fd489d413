package io.computility.hub.workers.camunda8;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientException;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a job activated while its worker runs longer than the job timeout, so the cluster does not hand it to
 * another worker meanwhile: the Camunda 8 counterpart of the Operaton runtime's lock extension. The deadline
 * is pushed out three times per timeout.
 */
final class JobDeadlines {

  private static final Logger log = LoggerFactory.getLogger(JobDeadlines.class);

  private final CamundaClient client;
  private final ScheduledExecutorService scheduler;

  JobDeadlines(CamundaClient client, ScheduledExecutorService scheduler) {
    this.client = client;
    this.scheduler = scheduler;
  }

  /** Starts pushing out the deadline of {@code job}; close the lease before reporting the job's outcome. */
  Lease keepActive(ActivatedJob job, Duration timeout) {
    Lease lease = new Lease(job.getKey(), timeout);
    long period = Math.max(1, timeout.toMillis() / 3);
    synchronized (lease) {
      lease.renewal = scheduler.scheduleAtFixedRate(lease::extend, period, period, TimeUnit.MILLISECONDS);
    }
    return lease;
  }

  /** The renewal of one job's deadline. */
  final class Lease implements AutoCloseable {

    private final long jobKey;
    private final Duration timeout;
    private ScheduledFuture<?> renewal;
    private boolean closed;

    private Lease(long jobKey, Duration timeout) {
      this.jobKey = jobKey;
      this.timeout = timeout;
    }

    // Synchronized with close(): a renewal must not race the completion of the job.
    private synchronized void extend() {
      if (closed) {
        return;
      }
      try {
        client.newUpdateTimeoutCommand(jobKey).timeout(timeout).send().join();
      } catch (ClientException e) {
        log.warn("Could not extend the timeout of job {}; it may have been cancelled: {}", jobKey,
            e.getMessage());
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
