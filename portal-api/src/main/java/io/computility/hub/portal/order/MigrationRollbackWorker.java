package io.computility.hub.portal.order;

import io.computility.hub.camel.adapter.ProviderCallException;
import io.computility.hub.portal.OrderFulfilment;
import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.Worker;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Topic {@code migration-rollback}: a migration whose target could not be reserved or provisioned gives back what it
 * took there — the target allocation, if one was made, and the target reservation — and is {@code FAILED}; the order
 * keeps running on its pool. Idempotent.
 *
 * <p>Input {@code orderId}, {@code migrationId}, and why: {@code migrationDetail} (the provisioning's detail, or the
 * reservation's error message). Output {@code migrationState} {@code FAILED}.
 */
@Component
class MigrationRollbackWorker implements Worker {

  private static final Logger LOG = LoggerFactory.getLogger(MigrationRollbackWorker.class);
  private static final String RELEASE_REASON = "MIGRATION_FAILED";

  private final OrderMigrations migrations;
  private final OrderProvisioning provisioning;
  private final CandidateCapacity capacity;

  MigrationRollbackWorker(OrderMigrations migrations, OrderProvisioning provisioning, CandidateCapacity capacity) {
    this.migrations = migrations;
    this.provisioning = provisioning;
    this.capacity = capacity;
  }

  @Override
  public String topic() {
    return "migration-rollback";
  }

  @Override
  public WorkResult work(WorkItem item) {
    MigrationRow migration = migrations.get(item.requiredString(OrderFulfilment.MIGRATION_ID));
    try {
      provisioning.release(provisioning.providerOf(migration.toPoolId()), migration.allocationId());
    } catch (ProviderCallException failure) {
      if (failure.retryable() && item.retriesLeft() > 0) {
        return WorkResult.failed(failure.getMessage());
      }
      LOG.warn("Migration {}: target allocation {} not released: {}", migration.id(), migration.allocationId(),
          failure.getMessage());
    }
    capacity.release(migration.reservationKey(), RELEASE_REASON);
    String why = item.stringOr("migrationDetail", "target unavailable");
    if (migrations.finish(migration.id(), MigrationStatus.FAILED, truncate(why))) {
      LOG.warn("Migration {} of order {} failed, the order stays on pool {}: {}", migration.id(),
          migration.orderId(), migration.fromPoolId(), why);
    }
    return WorkResult.complete(Map.of("migrationState", ProvisioningStates.FAILED));
  }

  private static String truncate(String text) {
    return text.length() <= 255 ? text : text.substring(0, 255);
  }
}
