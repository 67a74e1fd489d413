package io.computility.hub.indicators.collection;

import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.Worker;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code indicator-reject}: the reviewer sent the submission back; it is marked rejected with the comments, which
 * the form shows when the reporters open it again.
 */
@Component
class RejectSubmissionWorker implements Worker {

  private final Submissions submissions;
  private final CollectionTasks tasks;

  RejectSubmissionWorker(Submissions submissions, CollectionTasks tasks) {
    this.submissions = submissions;
    this.tasks = tasks;
  }

  @Override
  public String topic() {
    return "indicator-reject";
  }

  @Override
  public WorkResult work(WorkItem item) {
    String reviewer = tasks.lastAssignee(item.processInstanceId(), "reviewSubmission", "reviewer");
    String comment = item.stringOr("reviewComment", "");
    submissions.reject(item.requiredString("submissionId"), reviewer, comment);
    // The next submission, whatever its way in, starts afresh.
    return WorkResult.complete(Map.of("submissionId", "", "reviewComment", comment));
  }
}
