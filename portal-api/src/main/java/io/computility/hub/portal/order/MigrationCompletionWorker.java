package io.computility.hub.portal.order;

import io.computility.hub.camel.adapter.ProviderCallException;
import io.computility.hub.portal.OrderFulfilment;
import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.Worker;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Topic {@code migration-completion}: the target allocation is active, so the order switches to the target pool —
 * its record, and through this step's output the process variables the metering reads — and the source's capacity
 * reservation and allocation are given back. The migration is {@code MIGRATED}. A retry switches nothing twice; a
 * source provider that stays unreachable through the task's retries keeps its allocation, noted on the migration.
 *
 * <p>Input {@code orderId}, {@code migrationId}. Output {@code poolId}, {@code providerId}, {@code productId},
 * {@code planVersion}, {@code allocationId}, {@code reservationKey} (the order's, after the switch).
 */
@Component
class MigrationCompletionWorker implements Worker {

  private static final Logger LOG = LoggerFactory.getLogger(MigrationCompletionWorker.class);

  private final OrderRecords records;
  private final OrderMigrations migrations;
  private final OrderProvisioning provisioning;
  private final CandidateCapacity capacity;

  MigrationCompletionWorker(OrderRecords records, OrderMigrations migrations, OrderProvisioning provisioning,
      CandidateCapacity capacity) {
    this.records = records;
    this.migrations = migrations;
    this.provisioning = provisioning;
    this.capacity = capacity;
  }

  @Override
  public String topic() {
    return "migration-completion";
  }

  @Override
  public WorkResult work(WorkItem item) {
    MigrationRow migration = migrations.get(item.requiredString(OrderFulfilment.MIGRATION_ID));
    OrderRow order = records.get(migration.orderId());
    if (migration.migrationStatus() == MigrationStatus.MIGRATING) {
      if (order.poolId().equals(migration.fromPoolId())) {
        OrderRecords.Candidate target = capacity.listed(migration.toPoolId(), order.estimatedCostFen());
        records.switchPool(order.id(), migration.fromPoolId(), target, migration.allocationId(),
            migration.reservationKey());
      }
      capacity.release(migration.fromReservationKey(), CandidateCapacity.MOVED);
      String detail = null;
      try {
        provisioning.release(provisioning.providerOf(migration.fromPoolId()), migration.fromAllocationId());
      } catch (ProviderCallException failure) {
        if (failure.retryable() && item.retriesLeft() > 0) {
          return WorkResult.failed(failure.getMessage());
        }
        detail = "allocation " + migration.fromAllocationId() + " not released: " + failure.getMessage();
        LOG.warn("Migration {}: {}", migration.id(), detail);
      }
      migrations.finish(migration.id(), MigrationStatus.MIGRATED, detail);
      LOG.info("Order {} migrated from pool {} to {}", order.id(), migration.fromPoolId(), migration.toPoolId());
      order = records.get(order.id());
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put("poolId", order.poolId());
    variables.put("providerId", order.providerId());
    variables.put("productId", order.productId());
    variables.put("planVersion", order.planVersion());
    variables.put("allocationId", order.allocationId());
    variables.put("reservationKey", order.reservationKey());
    return WorkResult.complete(variables);
  }
}
