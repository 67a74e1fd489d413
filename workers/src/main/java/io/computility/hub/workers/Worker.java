package io.computility.hub.workers;

/**
 * A unit of business logic behind a BPMN service task, independent of the engine that runs it.
 *
 * <p>A worker names the topic it serves and turns the task's input variables into a {@link WorkResult}:
 * output variables, a BPMN error the model handles, or a failure the runtime retries with back-off. A worker
 * that throws is treated as a retryable failure. Workers are Spring beans; the runtime finds them all and
 * subscribes each to its topic, so adding one needs no other change.
 */
public interface Worker {

  /** The external-task topic (Operaton) or job type (Camunda 8) this worker serves. */
  String topic();

  /**
   * Does the work for one task. Called at least once per task: make it idempotent on the task's business
   * identifiers, since a retry after a lost completion calls it again.
   */
  WorkResult work(WorkItem item) throws Exception;
}
