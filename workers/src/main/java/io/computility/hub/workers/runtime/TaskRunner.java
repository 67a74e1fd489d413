package io.computility.hub.workers.runtime;

import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkItem.MissingVariableException;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.Worker;
import io.computility.hub.workers.runtime.WorkersProperties.TopicSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.operaton.bpm.engine.ExternalTaskService;
import org.operaton.bpm.engine.ProcessEngineException;
import org.operaton.bpm.engine.externaltask.LockedExternalTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one locked external task through its {@link Worker} and reports the outcome to the engine:
 * completion, BPMN error, or a failure that is retried with back-off until the attempts run out and the
 * engine raises an incident.
 */
final class TaskRunner {

  private static final Logger log = LoggerFactory.getLogger(TaskRunner.class);

  private final ExternalTaskService externalTasks;
  private final LockExtender lockExtender;
  private final String workerId;

  TaskRunner(ExternalTaskService externalTasks, LockExtender lockExtender, String workerId) {
    this.externalTasks = externalTasks;
    this.lockExtender = lockExtender;
    this.workerId = workerId;
  }

  /**
   * Works on {@code task} and reports the outcome.
   *
   * @return the delay after which a failed task may be fetched again, when a retry was scheduled
   */
  Optional<Duration> run(Worker worker, LockedExternalTask task, TopicSettings settings) {
    int attemptsLeft = task.getRetries() == null ? settings.retries() : task.getRetries();
    WorkItem item = new WorkItem(task.getId(), task.getProcessInstanceId(), task.getBusinessKey(),
        task.getActivityId(), attemptsLeft - 1, presentVariables(task));
    WorkResult result;
    try (LockExtender.Lease lease = lockExtender.keepLocked(task.getId(), settings.lockDuration())) {
      result = Objects.requireNonNull(worker.work(item), "The worker returned no result");
    } catch (MissingVariableException e) {
      // A modelling error: retrying cannot help, so go straight to an incident.
      log.warn("External task {} ({}) lacks a variable, raising an incident: {}", task.getId(),
          task.getTopicName(), e.getMessage());
      return report(task, () -> externalTasks.handleFailure(task.getId(), workerId, e.getMessage(),
          stackTrace(e), 0, 0));
    } catch (InterruptedException e) {
      // Shutdown cut the work short: that is no failure of the task, so hand it back without using an attempt.
      // Restore the interrupt only afterwards: the connection pool refuses interrupted threads.
      report(task, () -> externalTasks.unlock(task.getId()));
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (Exception e) {
      return fail(task, settings, attemptsLeft, Objects.toString(e.getMessage(), e.getClass().getName()),
          stackTrace(e));
    }
    if (result instanceof WorkResult.Completed completed) {
      return report(task, () -> externalTasks.complete(task.getId(), workerId, completed.variables()));
    }
    if (result instanceof WorkResult.BpmnError error) {
      return report(task, () -> externalTasks.handleBpmnError(task.getId(), workerId, error.code(),
          error.message(), error.variables()));
    }
    WorkResult.Failed failed = (WorkResult.Failed) result;
    return fail(task, settings, attemptsLeft, failed.message(), failed.details());
  }

  private Optional<Duration> fail(LockedExternalTask task, TopicSettings settings, int attemptsLeft,
      String message, String details) {
    int retries = Math.max(0, attemptsLeft - 1);
    Duration backoff = retries == 0
        ? Duration.ZERO
        : settings.retryBackoff().after(Math.max(1, settings.retries() - retries));
    if (retries == 0) {
      log.warn("External task {} ({}) failed for the last time, raising an incident: {}", task.getId(),
          task.getTopicName(), message);
    } else {
      log.warn("External task {} ({}) failed, retrying in {} ({} attempts left): {}", task.getId(),
          task.getTopicName(), backoff, retries, message);
    }
    report(task, () -> externalTasks.handleFailure(task.getId(), workerId, message, details, retries,
        backoff.toMillis()));
    return retries == 0 ? Optional.empty() : Optional.of(backoff);
  }

  private Optional<Duration> report(LockedExternalTask task, Runnable outcome) {
    try {
      outcome.run();
    } catch (ProcessEngineException e) {
      // Cancelled meanwhile, or the lock was lost: the engine hands the task out again if it still exists.
      log.warn("Could not report the outcome of external task {} ({}): {}", task.getId(),
          task.getTopicName(), e.getMessage());
    }
    return Optional.empty();
  }

  // WorkItem treats absent and null alike, and its immutable map holds no nulls.
  private static Map<String, Object> presentVariables(LockedExternalTask task) {
    Map<String, Object> variables = new HashMap<>();
    task.getVariables().forEach((name, value) -> {
      if (value != null) {
        variables.put(name, value);
      }
    });
    return variables;
  }

  private static String stackTrace(Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    return trace.toString();
  }
}
