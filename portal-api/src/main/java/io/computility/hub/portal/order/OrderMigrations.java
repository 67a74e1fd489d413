package io.computility.hub.portal.order;

import io.computility.hub.portal.OrderFulfilment;
import io.computility.hub.workers.placement.optimisation.MigrationProposal;
import io.computility.hub.workers.placement.optimisation.MigrationRequests;
import io.computility.hub.workers.process.ProcessCommands;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.operaton.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Migrations of running orders to another pool (S-7.3 c), the placement optimiser's {@link MigrationRequests}: a
 * proposal is stored once per {@link MigrationProposal#key()} and supersedes the order's older proposal that has not
 * started (proposed, or accepted and waiting for the process). An
 * automatic proposal starts at once; others wait for the order's owner or an operator to accept or decline them.
 * Starting means the message {@value OrderFulfilment#MIGRATION_REQUESTED} to the order's process, which reserves and
 * provisions the target and then switches the order over or gives the target back. A migration the process could
 * not take at that moment (it was metering) stays {@code ACCEPTED} and starts when the optimiser proposes it again.
 */
@Service
public class OrderMigrations implements MigrationRequests {

  /** Who decides automatic and superseded proposals. */
  static final String OPTIMISER = "optimiser";

  private static final Logger LOG = LoggerFactory.getLogger(OrderMigrations.class);
  /** A newer proposal replaces these: nobody decided them yet, or they wait to start. */
  private static final List<String> NOT_STARTED = List.of(MigrationStatus.PROPOSED.name(),
      MigrationStatus.ACCEPTED.name());

  private final MigrationMapper mapper;
  private final OrderMapper orders;
  private final ProcessCommands processes;
  private final TransactionTemplate transactions;
  private final Clock clock;

  OrderMigrations(MigrationMapper mapper, OrderMapper orders, ProcessCommands processes,
      PlatformTransactionManager transactionManager, Clock clock) {
    this.mapper = mapper;
    this.orders = orders;
    this.processes = processes;
    this.transactions = new TransactionTemplate(transactionManager);
    this.clock = clock;
  }

  @Override
  public void submit(MigrationProposal proposal) {
    MigrationRow row = mapper.findByKey(proposal.key());
    if (row == null) {
      row = store(proposal);
    }
    if (row.migrationStatus() == MigrationStatus.ACCEPTED) {
      start(row);
    }
  }

  /** The order's migrations, newest first, if {@code consumerId} (or an operator, {@code null}) may see the order. */
  public List<Migration> forOrder(String consumerId, String orderId) {
    visibleOrder(consumerId, orderId);
    return mapper.forOrder(orderId).stream().map(MigrationRow::toMigration).toList();
  }

  /**
   * Every order's migrations, newest first, {@code limit} of them after {@code offset} (operators).
   *
   * @param status only migrations in this status; {@code null} for any
   */
  public List<Migration> list(MigrationStatus status, long offset, int limit) {
    return mapper.list(status == null ? null : status.name(), limit, offset).stream()
        .map(MigrationRow::toMigration).toList();
  }

  /** How many migrations {@link #list} pages through. */
  public long count(MigrationStatus status) {
    return mapper.count(status == null ? null : status.name());
  }

  /**
   * Accepts a proposed migration and starts it. Accepting again, or a migration that is under way or done, changes
   * nothing.
   *
   * @throws OrderProblem.MigrationDecided when it was declined, superseded or failed
   * @throws OrderProblem.NotRunningForMigration when the order does not run any more
   */
  public Migration accept(String consumerId, String orderId, String migrationId, String actor) {
    MigrationRow row = visible(consumerId, orderId, migrationId);
    OrderRow order = orders.find(orderId);
    if (row.migrationStatus() == MigrationStatus.PROPOSED && order.orderStatus() != OrderStatus.RUNNING) {
      throw new OrderProblem.NotRunningForMigration(orderId, order.orderStatus());
    }
    move(row, MigrationStatus.PROPOSED, MigrationStatus.ACCEPTED, actor, null);
    row = mapper.find(migrationId);
    switch (row.migrationStatus()) {
      case ACCEPTED -> start(row);
      case MIGRATING, MIGRATED -> { }
      default -> throw new OrderProblem.MigrationDecided(migrationId, row.migrationStatus(), "accepted");
    }
    LOG.info("Migration {} of order {} accepted by {}", migrationId, orderId, actor);
    return mapper.find(migrationId).toMigration();
  }

  /**
   * Declines a proposed migration; declining again changes nothing.
   *
   * @throws OrderProblem.MigrationDecided when it was accepted, superseded or has finished
   */
  public Migration decline(String consumerId, String orderId, String migrationId, String actor) {
    MigrationRow row = visible(consumerId, orderId, migrationId);
    move(row, MigrationStatus.PROPOSED, MigrationStatus.DECLINED, actor, null);
    row = mapper.find(migrationId);
    if (row.migrationStatus() != MigrationStatus.DECLINED) {
      throw new OrderProblem.MigrationDecided(migrationId, row.migrationStatus(), "declined");
    }
    return row.toMigration();
  }

  /** A migration the process works on; a missing one is a modelling error the runtime reports. */
  MigrationRow get(String migrationId) {
    MigrationRow row = mapper.find(migrationId);
    if (row == null) {
      throw new IllegalStateException("No migration " + migrationId);
    }
    return row;
  }

  void recordAllocation(String migrationId, String allocationId) {
    mapper.recordAllocation(migrationId, allocationId, now());
  }

  /** Ends a migration under way as {@code MIGRATED} or {@code FAILED}; {@code false} when it had ended before. */
  boolean finish(String migrationId, MigrationStatus outcome, String detail) {
    return move(get(migrationId), MigrationStatus.MIGRATING, outcome, null, detail);
  }

  private MigrationRow store(MigrationProposal proposal) {
    OrderRow order = orders.find(proposal.orderId());
    if (order == null) {
      throw new IllegalArgumentException("No order " + proposal.orderId());
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return transactions.execute(status -> insert(proposal, order));
      } catch (DuplicateKeyException raced) {
        // another node stored the same proposal, or another one of this order took the sequence number
        MigrationRow stored = mapper.findByKey(proposal.key());
        if (stored != null) {
          return stored;
        }
        if (attempt == 3) {
          throw raced;
        }
      }
    }
  }

  private MigrationRow insert(MigrationProposal proposal, OrderRow order) {
    LocalDateTime now = now();
    int seq = mapper.lastSeq(order.id()) + 1;
    MigrationStatus status = proposal.automatic() ? MigrationStatus.ACCEPTED : MigrationStatus.PROPOSED;
    MigrationRow row = new MigrationRow(UUID.randomUUID().toString(), proposal.key(), order.id(), seq,
        proposal.fromPoolId(), order.allocationId(), order.reservationKey(), proposal.toPoolId(), proposal.reason().name(), proposal.policyName(),
        proposal.policyVersion(), proposal.automatic(), status.name(), order.demandId() + "#migration-" + seq, null,
        null, proposal.automatic() ? OPTIMISER : null, now, now, proposal.automatic() ? now : null, null);
    mapper.insert(row);
    mapper.insertHistory(row.id(), MigrationStatus.PROPOSED.name(), OPTIMISER, proposal.reason().name(), now);
    if (proposal.automatic()) {
      mapper.insertHistory(row.id(), MigrationStatus.ACCEPTED.name(), OPTIMISER, "automatic", now);
    }
    for (String older : mapper.openOthers(order.id(), row.id())) {
      if (mapper.move(older, NOT_STARTED, MigrationStatus.SUPERSEDED.name(), OPTIMISER,
          "superseded by " + row.id(), false, now) == 1) {
        mapper.insertHistory(older, MigrationStatus.SUPERSEDED.name(), OPTIMISER, "superseded by " + row.id(), now);
      }
    }
    LOG.info("Migration {} of order {} proposed: {} -> {} ({}, {})", row.id(), order.id(), row.fromPoolId(),
        row.toPoolId(), row.reason(), status);
    return row;
  }

  /**
   * Starts an accepted migration: marks it {@code MIGRATING} and sends the order's process the message. When the
   * order has left the source pool meanwhile, the migration fails; when the process cannot take the message now, the
   * migration stays accepted.
   */
  private void start(MigrationRow row) {
    OrderRow order = orders.find(row.orderId());
    if (order.orderStatus() != OrderStatus.RUNNING || !order.poolId().equals(row.fromPoolId())) {
      move(row, MigrationStatus.ACCEPTED, MigrationStatus.FAILED, null,
          "order is " + order.status() + " on " + order.poolId());
      return;
    }
    if (!move(row, MigrationStatus.ACCEPTED, MigrationStatus.MIGRATING, null, null)) {
      return;
    }
    try {
      processes.correlate(OrderFulfilment.MIGRATION_REQUESTED, order.demandId(), Map.of(
          OrderFulfilment.MIGRATION_ID, row.id(), OrderFulfilment.MIGRATION_TARGET_POOL_ID, row.toPoolId(),
          OrderFulfilment.MIGRATION_RESERVATION_KEY, row.reservationKey()));
      LOG.info("Migration {} of order {} started", row.id(), order.id());
    } catch (ProcessCommands.NotCorrelatedException | OptimisticLockingException busy) {
      move(row, MigrationStatus.MIGRATING, MigrationStatus.ACCEPTED, null, "order process busy; retried on review");
    }
  }

  private boolean move(MigrationRow row, MigrationStatus from, MigrationStatus to, String actor, String detail) {
    boolean finished = to == MigrationStatus.MIGRATED || to == MigrationStatus.FAILED;
    return Boolean.TRUE.equals(transactions.execute(status -> {
      LocalDateTime now = now();
      if (mapper.move(row.id(), List.of(from.name()), to.name(), actor, detail, finished, now) == 0) {
        return false;
      }
      mapper.insertHistory(row.id(), to.name(), actor, detail, now);
      return true;
    }));
  }

  private OrderRow visibleOrder(String consumerId, String orderId) {
    OrderRow order = orders.find(orderId);
    if (order == null || (consumerId != null && !consumerId.equals(order.consumerId()))) {
      throw new OrderProblem.NotFound(orderId);
    }
    return order;
  }

  private MigrationRow visible(String consumerId, String orderId, String migrationId) {
    visibleOrder(consumerId, orderId);
    MigrationRow row = mapper.find(migrationId);
    if (row == null || !row.orderId().equals(orderId)) {
      throw new OrderProblem.MigrationNotFound(orderId, migrationId);
    }
    return row;
  }

  private LocalDateTime now() {
    return LocalDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
  }
}
