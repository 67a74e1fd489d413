package io.computility.hub.portal.order;

import io.computility.hub.camel.resource.ResourceInventory;
import io.computility.hub.camel.resource.ResourcePool;
import io.computility.hub.workers.evidence.BusinessEvidence;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The order store as the order workers change it: every status change is conditional and appends to the order's
 * history in the same transaction, so a retried step changes nothing twice. A new order goes on the trusted ledger
 * ({@code order.created}, in its pool's region) in the transaction that stores it.
 */
@Component
class OrderRecords {

  private final OrderMapper mapper;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final ObjectProvider<BusinessEvidence> evidence;
  private final ResourceInventory inventory;

  OrderRecords(OrderMapper mapper, PlatformTransactionManager transactionManager, Clock clock,
      ObjectProvider<BusinessEvidence> evidence, ResourceInventory inventory) {
    this.mapper = mapper;
    this.inventory = inventory;
    this.transactions = new TransactionTemplate(transactionManager);
    this.clock = clock;
    this.evidence = evidence;
  }

  /** The order; a missing one is a modelling error the runtime reports. */
  OrderRow get(String orderId) {
    OrderRow row = mapper.find(orderId);
    if (row == null) {
      throw new IllegalStateException("No order " + orderId);
    }
    return row;
  }

  OrderRow forDemand(String demandId) {
    return mapper.findByDemand(demandId);
  }

  /** Stores a new order with its first history entry; the order already stored for the demand if there is one. */
  OrderRow insert(OrderRow row) {
    try {
      transactions.executeWithoutResult(status -> {
        mapper.insert(row);
        mapper.insertHistory(row.id(), row.status(), row.poolId(), row.createdAt());
        evidence.ifAvailable(ledger -> ledger.record("order.created", row.id(), row.consumerId(),
            inventory.pool(row.poolId()).map(ResourcePool::regionCode).orElse(null), created(row)));
      });
      return row;
    } catch (DuplicateKeyException repeated) {
      return mapper.findByDemand(row.demandId());
    }
  }

  /** What the ledger keeps of a new order (O-8.3 c): the terms it was sold on. */
  private static Map<String, Object> created(OrderRow row) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("order", row.id());
    facts.put("demand", row.demandId());
    facts.put("consumer", row.consumerId());
    facts.put("provider", row.providerId());
    facts.put("pool", row.poolId());
    facts.put("product", row.productId());
    facts.put("planVersion", row.planVersion());
    facts.put("units", row.units());
    facts.put("estimatedCostFen", row.estimatedCostFen());
    facts.put("currency", row.currency());
    facts.put("paymentMode", row.paymentMode());
    facts.put("bookedStart", row.bookedStart().toInstant(ZoneOffset.UTC));
    facts.put("bookedEnd", row.bookedEnd().toInstant(ZoneOffset.UTC));
    return facts;
  }

  /**
   * Moves the order to {@code to}, only from one of {@code from} (any other status when none is given).
   *
   * @return whether this call moved it
   */
  boolean move(String orderId, OrderStatus to, String detail, OrderStatus... from) {
    List<String> allowed = Arrays.stream(from).map(Enum::name).toList();
    return Boolean.TRUE.equals(transactions.execute(status -> {
      LocalDateTime now = now();
      if (mapper.moveStatus(orderId, allowed, to.name(), now) == 0) {
        return false;
      }
      mapper.insertHistory(orderId, to.name(), detail, now);
      return true;
    }));
  }

  void recordHold(String orderId, String holdId) {
    mapper.recordHold(orderId, holdId, now());
  }

  void recordBill(String orderId, String billId, Long billTotalFen) {
    mapper.recordBill(orderId, billId, billTotalFen, now());
  }

  void recordAllocation(String orderId, String allocationId) {
    mapper.recordAllocation(orderId, allocationId, now());
  }

  void recordReservation(String orderId, String reservationKey) {
    mapper.recordReservation(orderId, reservationKey, now());
  }

  /** The allocation became active: the order runs from now. */
  boolean start(String orderId) {
    boolean moved = move(orderId, OrderStatus.RUNNING, null, OrderStatus.PROVISIONING);
    mapper.recordStart(orderId, now());
    return moved;
  }

  void recordRelease(String orderId, String reason) {
    mapper.recordRelease(orderId, reason, now());
  }

  /** Moves the order to the next candidate pool; {@code false} when that attempt was recorded before. */
  boolean moveToCandidate(String orderId, Candidate candidate, int attempt, String reservationKey) {
    return Boolean.TRUE.equals(transactions.execute(status -> {
      LocalDateTime now = now();
      if (mapper.moveToCandidate(orderId, candidate.poolId(), candidate.providerId(), candidate.productId(),
          candidate.planVersion(), candidate.estimatedCostFen(), attempt, reservationKey, now) == 0) {
        return false;
      }
      mapper.insertHistory(orderId, OrderStatus.PROVISIONING.name(), "attempt " + attempt + ": " + candidate.poolId(),
          now);
      return true;
    }));
  }

  /**
   * Switches a running order from {@code fromPoolId} to the pool it migrated to; {@code false} when it had switched
   * before (a retried step) or is not running there any more.
   */
  boolean switchPool(String orderId, String fromPoolId, Candidate to, String allocationId, String reservationKey) {
    return Boolean.TRUE.equals(transactions.execute(status -> {
      LocalDateTime now = now();
      if (mapper.switchPool(orderId, fromPoolId, to, allocationId, reservationKey, now) == 0) {
        return false;
      }
      mapper.insertHistory(orderId, OrderStatus.RUNNING.name(), "migrated: " + fromPoolId + " -> " + to.poolId(),
          now);
      return true;
    }));
  }

  /** Records a notification of {@code kind} about the order; {@code false} when one was recorded before. */
  boolean notifyOnce(OrderRow order, String kind) {
    try {
      mapper.insertNotification(order.consumerId(), order.id(), kind, now());
      return true;
    } catch (DuplicateKeyException sentBefore) {
      return false;
    }
  }

  Instant instant() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  LocalDateTime now() {
    return LocalDateTime.ofInstant(instant(), ZoneOffset.UTC);
  }

  /**
   * A candidate pool as an order takes it.
   *
   * @param poolId the pool
   * @param providerId its provider
   * @param productId its listed product, may be {@code null}
   * @param estimatedCostFen the demand's estimated cost on it
   * @param planVersion the version of the product's price plan the order is rated with
   */
  record Candidate(String poolId, String providerId, String productId, long estimatedCostFen, int planVersion) {
  }
}
