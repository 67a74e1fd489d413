package io.computility.hub.indicators.collection;

import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.Worker;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * {@code indicator-remind}: the reminder time has come and the unit has not reported; the reminder is logged and
 * announced as a {@link CollectionDue} event (a unit with its own endpoint is pulled from again).
 */
@Component
class RemindReportersWorker implements Worker {

  private final SubmissionLog log;
  private final ApplicationEventPublisher events;

  RemindReportersWorker(SubmissionLog log, ApplicationEventPublisher events) {
    this.log = log;
    this.events = events;
  }

  @Override
  public String topic() {
    return "indicator-remind";
  }

  @Override
  public WorkResult work(WorkItem item) {
    log.record(null, item.requiredString("unitCode"), item.requiredString("period"), Channel.TASK, "REMINDED",
        "system", "Reminded " + item.stringOr("reporters", "") + " of data set " + item.stringOr("dataSetCode", "")
            + ", due " + item.get("dueAt"));
    events.publishEvent(new CollectionDue(item.requiredString("unitCode"), item.requiredString("dataSetCode"),
        item.requiredString("period")));
    return WorkResult.complete();
  }
}
