package io.computility.hub.workers.camunda8;

import io.camunda.client.api.command.ClientException;
import io.camunda.client.api.command.FinalCommandStep;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import io.camunda.client.api.worker.JobHandler;
import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkItem.MissingVariableException;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.Worker;
import io.computility.hub.workers.process.ProcessCommands;
import io.computility.hub.workers.runtime.WorkersProperties.TopicSettings;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves one topic's Camunda 8 jobs with its {@link Worker}, exactly as the Operaton runtime serves external
 * tasks: the job's variables become the {@link WorkItem}; a completion, BPMN error or failure goes back as the
 * matching job command. A failure is retried with the topic's back-off until the job's retries run out and
 * the cluster raises an incident; a missing variable, a modelling error, raises the incident at once.
 */
final class JobRunner implements JobHandler {

  /**
   * Task header prefixes, followed by an error code or {@code *}: the variables that receive a BPMN error's
   * code and message, as Camunda 7's {@code camunda:errorCodeVariable} and {@code camunda:errorMessageVariable}
   * on the catching event did (set by the model conversion in {@code processes}).
   */
  static final String ERROR_CODE_VARIABLE = "errorCodeVariable.";
  static final String ERROR_MESSAGE_VARIABLE = "errorMessageVariable.";

  private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

  private final Worker worker;
  private final TopicSettings settings;
  private final JobDeadlines deadlines;

  JobRunner(Worker worker, TopicSettings settings, JobDeadlines deadlines) {
    this.worker = worker;
    this.settings = settings;
    this.deadlines = deadlines;
  }

  @Override
  public void handle(JobClient client, ActivatedJob job) {
    WorkItem item = new WorkItem(Long.toString(job.getKey()), Long.toString(job.getProcessInstanceKey()),
        Objects.toString(job.getVariablesAsMap().get(ProcessCommands.BUSINESS_KEY), null), job.getElementId(),
        job.getRetries() - 1, presentVariables(job));
    WorkResult result;
    try (JobDeadlines.Lease lease = deadlines.keepActive(job, settings.lockDuration())) {
      result = Objects.requireNonNull(worker.work(item), "The worker returned no result");
    } catch (MissingVariableException e) {
      log.warn("Job {} ({}) lacks a variable, raising an incident: {}", job.getKey(), job.getType(),
          e.getMessage());
      report(job, client.newFailCommand(job.getKey()).retries(0).errorMessage(e.getMessage()));
      return;
    } catch (InterruptedException e) {
      // Shutdown cut the work short: no failure of the job, which the cluster hands out again after its timeout.
      Thread.currentThread().interrupt();
      return;
    } catch (Exception e) {
      fail(client, job, Objects.toString(e.getMessage(), e.getClass().getName()));
      return;
    }
    if (result instanceof WorkResult.Completed completed) {
      report(job, client.newCompleteCommand(job.getKey()).variables(Camunda8Variables.of(completed.variables())));
    } else if (result instanceof WorkResult.BpmnError error) {
      report(job, client.newThrowErrorCommand(job.getKey()).errorCode(error.code())
          .errorMessage(error.message()).variables(errorVariables(job, error)));
    } else {
      WorkResult.Failed failed = (WorkResult.Failed) result;
      if (failed.details() != null) {
        log.debug("Job {} ({}) failed: {}", job.getKey(), job.getType(), failed.details());
      }
      fail(client, job, failed.message());
    }
  }

  // Camunda 8 has no errorCodeVariable / errorMessageVariable: the model conversion leaves them as headers.
  private static Map<String, Object> errorVariables(ActivatedJob job, WorkResult.BpmnError error) {
    Map<String, Object> variables = new HashMap<>(Camunda8Variables.of(error.variables()));
    Map<String, String> headers = job.getCustomHeaders();
    String codeVariable = headers.getOrDefault(ERROR_CODE_VARIABLE + error.code(),
        headers.get(ERROR_CODE_VARIABLE + "*"));
    String messageVariable = headers.getOrDefault(ERROR_MESSAGE_VARIABLE + error.code(),
        headers.get(ERROR_MESSAGE_VARIABLE + "*"));
    if (codeVariable != null) {
      variables.put(codeVariable, error.code());
    }
    if (messageVariable != null && error.message() != null) {
      variables.put(messageVariable, error.message());
    }
    return variables;
  }

  private void fail(JobClient client, ActivatedJob job, String message) {
    int retries = Math.max(0, job.getRetries() - 1);
    Duration backoff = retries == 0
        ? Duration.ZERO
        : settings.retryBackoff().after(Math.max(1, settings.retries() - retries));
    if (retries == 0) {
      log.warn("Job {} ({}) failed for the last time, raising an incident: {}", job.getKey(), job.getType(),
          message);
    } else {
      log.warn("Job {} ({}) failed, retrying in {} ({} attempts left): {}", job.getKey(), job.getType(), backoff,
          retries, message);
    }
    report(job, client.newFailCommand(job.getKey()).retries(retries).retryBackoff(backoff).errorMessage(message));
  }

  private static void report(ActivatedJob job, FinalCommandStep<?> outcome) {
    try {
      outcome.send().join();
    } catch (ClientException e) {
      // Cancelled meanwhile, or timed out: the cluster hands the job out again if it still exists.
      log.warn("Could not report the outcome of job {} ({}): {}", job.getKey(), job.getType(), e.getMessage());
    }
  }

  // WorkItem treats absent and null alike, and its immutable map holds no nulls.
  private static Map<String, Object> presentVariables(ActivatedJob job) {
    Map<String, Object> variables = new HashMap<>();
    job.getVariablesAsMap().forEach((name, value) -> {
      if (value != null) {
        variables.put(name, value);
      }
    });
    return variables;
  }
}
