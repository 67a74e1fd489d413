package io.computility.hub.portal.demand;

import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.Worker;
import org.springframework.stereotype.Component;

/**
 * Topic {@code demand-status}: records that the demand reached {@code demandStatus} (an input of the step in the
 * model): placed, awaiting confirmation, no offer, expired. Recording the status it has already changes nothing.
 */
@Component
class DemandStatusWorker implements Worker {

  private final Demands demands;

  DemandStatusWorker(Demands demands) {
    this.demands = demands;
  }

  @Override
  public String topic() {
    return "demand-status";
  }

  @Override
  public WorkResult work(WorkItem item) {
    demands.recordStatus(item.requiredString("demandId"), DemandStatus.valueOf(item.requiredString("demandStatus")));
    return WorkResult.complete();
  }
}
