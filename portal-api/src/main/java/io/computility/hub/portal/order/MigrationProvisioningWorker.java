package io.computility.hub.portal.order;

import io.computility.hub.camel.adapter.Allocation;
import io.computility.hub.camel.adapter.ProviderCallException;
import io.computility.hub.portal.OrderFulfilment;
import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.Worker;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Topic {@code migration-provisioning}: asks the target pool's provider for a running order's units while the order
 * keeps running where it is (idempotency key {@code <order>#migration-<seq>}); called again after a poll interval,
 * it asks how that allocation stands. An allocation still pending {@code hub.orders.provisioning-timeout} after it was
 * asked for, or a provider that refuses or stays unreachable through the task's retries, fails the migration.
 *
 * <p>Input {@code orderId}, {@code migrationId}. Output {@code migrationState} ({@code ACTIVE}, {@code PENDING} or
 * {@code FAILED}) and {@code migrationDetail}.
 */
@Component
class MigrationProvisioningWorker implements Worker {

  private static final Logger LOG = LoggerFactory.getLogger(MigrationProvisioningWorker.class);

  private final OrderRecords records;
  private final OrderMigrations migrations;
  private final OrderProvisioning provisioning;
  private final OrderProperties properties;
  private final Clock clock;

  MigrationProvisioningWorker(OrderRecords records, OrderMigrations migrations, OrderProvisioning provisioning,
      OrderProperties properties, Clock clock) {
    this.records = records;
    this.migrations = migrations;
    this.provisioning = provisioning;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public String topic() {
    return "migration-provisioning";
  }

  @Override
  public WorkResult work(WorkItem item) {
    MigrationRow migration = migrations.get(item.requiredString(OrderFulfilment.MIGRATION_ID));
    if (migration.migrationStatus() != MigrationStatus.MIGRATING) {
      return outcome(migration.migrationStatus() == MigrationStatus.MIGRATED ? ProvisioningStates.ACTIVE
          : ProvisioningStates.FAILED, "migration is " + migration.status());
    }
    Allocation allocation;
    try {
      if (migration.allocationId() == null) {
        OrderRow order = records.get(migration.orderId());
        allocation = provisioning.provision(order, migration.toPoolId(),
            order.id() + "#migration-" + migration.seq());
        migrations.recordAllocation(migration.id(), allocation.id());
      } else if (timedOut(migration)) {
        return outcome(ProvisioningStates.FAILED, "target still pending after " + properties.provisioningTimeout());
      } else {
        allocation = provisioning.status(provisioning.providerOf(migration.toPoolId()), migration.allocationId());
      }
    } catch (ProviderCallException failure) {
      if (migration.allocationId() != null) {
        return outcome(ProvisioningStates.PENDING, String.valueOf(failure.getMessage()));
      }
      if (failure.retryable() && item.retriesLeft() > 0) {
        return WorkResult.failed(failure.getMessage());
      }
      LOG.warn("Migration {}: pool {} refused the order's units: {}", migration.id(), migration.toPoolId(),
          failure.getMessage());
      return outcome(ProvisioningStates.FAILED, String.valueOf(failure.getMessage()));
    }
    String state = ProvisioningStates.of(allocation.state());
    LOG.info("Migration {}: allocation {} on pool {} is {}", migration.id(), allocation.id(), migration.toPoolId(),
        state);
    return outcome(state, allocation.detail() == null ? state : allocation.detail());
  }

  /** Pending longer than a provisioning may take, counted from when the allocation was asked for. */
  private boolean timedOut(MigrationRow migration) {
    return Duration.between(migration.updatedAt().toInstant(ZoneOffset.UTC), clock.instant())
        .compareTo(properties.provisioningTimeout()) > 0;
  }

  private static WorkResult outcome(String state, String detail) {
    return WorkResult.complete(Map.of("migrationState", state, "migrationDetail", detail));
  }
}
