package io.computility.hub.indicators.collection;

import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.Worker;
import org.springframework.stereotype.Component;

/** {@code indicator-accept}: the reviewer approved; the submission's values become the unit's current values. */
@Component
class AcceptSubmissionWorker implements Worker {

  private final Submissions submissions;
  private final CollectionTasks tasks;

  AcceptSubmissionWorker(Submissions submissions, CollectionTasks tasks) {
    this.submissions = submissions;
    this.tasks = tasks;
  }

  @Override
  public String topic() {
    return "indicator-accept";
  }

  @Override
  public WorkResult work(WorkItem item) {
    String reviewer = tasks.lastAssignee(item.processInstanceId(), "reviewSubmission", "reviewer");
    submissions.accept(item.requiredString("submissionId"), reviewer);
    return WorkResult.complete();
  }
}
