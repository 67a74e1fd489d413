package io.computility.hub.indicators.collection;

import io.computility.hub.indicators.Caller;
import io.computility.hub.indicators.catalogue.Indicator;
import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.Worker;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * {@code indicator-validate}: records the form's values as a FORM submission (batch and API submissions arrive
 * recorded and validated already) and tells the model whether it passed; failures go back to the form as comments.
 */
@Component
class ValidateSubmissionWorker implements Worker {

  private final Submissions submissions;
  private final CollectionTasks tasks;
  private final DataSets dataSets;

  ValidateSubmissionWorker(Submissions submissions, CollectionTasks tasks, DataSets dataSets) {
    this.submissions = submissions;
    this.tasks = tasks;
    this.dataSets = dataSets;
  }

  @Override
  public String topic() {
    return "indicator-validate";
  }

  @Override
  public WorkResult work(WorkItem item) {
    String submissionId = item.stringOr("submissionId", "");
    Submission submission;
    if (submissionId.isEmpty()) {
      String dataSetCode = item.requiredString("dataSetCode");
      Map<String, Object> values = new LinkedHashMap<>();
      for (Indicator indicator : dataSets.indicators(dataSets.get(dataSetCode))) {
        Object value = item.get(FormGenerator.fieldKey(indicator.code()));
        if (value != null) {
          values.put(indicator.code(), value instanceof Double number ? BigDecimal.valueOf(number)
              : value);
        }
      }
      String reporter = tasks.lastAssignee(item.processInstanceId(), CollectionTasks.FILL_FORM, "tasklist");
      submission = submissions.receive(new Submissions.Incoming(item.requiredString("unitCode"), dataSetCode,
          item.requiredString("period"), Channel.FORM, values, "task:" + item.taskId()), Caller.system(reporter),
          true);
    } else {
      submission = submissions.get(submissionId);
    }
    boolean valid = submission.status() == SubmissionStatus.VALIDATED;
    String comment = valid ? "" : submission.violations().stream()
        .map(violation -> violation.indicator() + " [" + violation.rule() + "] " + violation.message())
        .collect(Collectors.joining("\n"));
    return WorkResult.complete(Map.of("valid", valid, "submissionId", valid ? submission.id() : "",
        "reviewComment", comment));
  }
}
