package io.computility.hub.portal.demand;

import io.computility.hub.portal.OrderFulfilment;
import io.computility.hub.portal.Paged;
import io.computility.hub.portal.order.OrderProperties;
import io.computility.hub.workers.placement.StoredCandidate;
import io.computility.hub.workers.placement.StoredCandidates;
import io.computility.hub.workers.process.ProcessCommands;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Published custom demands (O-8.2) and the consumer's choices on them (O-8.4): publish, look up, list, cancel,
 * see the offers and confirm one. Publishing starts the demand's {@code order-fulfilment} process (business key =
 * demand id) in the same transaction that stores it; cancelling and confirming move the demand's status and send
 * the process its message in one transaction, so a choice the process can no longer take changes nothing.
 *
 * <p>Every method that takes a {@code consumerId} shows that consumer only their own demands; {@code null} means
 * an operator, who sees all.
 */
@Service
public class Demands {

  private static final Logger LOG = LoggerFactory.getLogger(Demands.class);

  private final DemandMapper mapper;
  private final StoredCandidates candidates;
  private final ProcessCommands processes;
  private final OrderProperties properties;
  private final TransactionTemplate transactions;
  private final Clock clock;

  Demands(DemandMapper mapper, StoredCandidates candidates, ProcessCommands processes, OrderProperties properties,
      PlatformTransactionManager transactionManager, Clock clock) {
    this.mapper = mapper;
    this.candidates = candidates;
    this.processes = processes;
    this.properties = properties;
    this.transactions = new TransactionTemplate(transactionManager);
    this.clock = clock;
  }

  /**
   * Publishes a demand and starts its order process. A repeated call with the same {@code idempotencyKey} of the
   * same consumer returns the first demand and starts nothing.
   *
   * @param idempotencyKey the caller's key, may be {@code null} (then every call publishes)
   * @throws DemandProblem.Invalid naming the field when the draft cannot be published; nothing is stored then
   */
  public Demand publish(String consumerId, DemandDraft draft, String idempotencyKey) {
    if (consumerId == null || consumerId.isBlank()) {
      throw new IllegalArgumentException("consumerId is required");
    }
    if (idempotencyKey != null) {
      DemandRow first = mapper.findByKey(consumerId, idempotencyKey);
      if (first != null) {
        return first.toDemand();
      }
    }
    DemandValidation.check(draft, clock.instant());
    DemandRow row = DemandRow.of(UUID.randomUUID().toString(), consumerId, idempotencyKey, draft, now());
    try {
      transactions.executeWithoutResult(status -> {
        mapper.insert(row);
        mapper.insertHistory(row.id(), row.status(), row.createdAt());
        processes.start(OrderFulfilment.PROCESS, row.id(), startVariables(row));
      });
    } catch (DuplicateKeyException raced) {
      // the same key published concurrently and committed first: answer as a repeat would
      return mapper.findByKey(consumerId, idempotencyKey).toDemand();
    }
    LOG.info("Demand {} of {} published: {} × {} for {} min, {}", row.id(), consumerId, row.quantity(), row.kind(),
        row.durationMinutes(), row.paymentMode());
    return row.toDemand();
  }

  /** The demand, if {@code consumerId} (or an operator, {@code null}) may see it. */
  public Demand find(String consumerId, String demandId) {
    DemandRow row = mapper.find(demandId);
    if (row == null || (consumerId != null && !consumerId.equals(row.consumerId()))) {
      throw new DemandProblem.NotFound(demandId);
    }
    return row.toDemand();
  }

  /**
   * A page of demands, newest first.
   *
   * @param consumerId whose demands; {@code null} for all (operators)
   * @param status only demands in this status; {@code null} for any
   * @param page the page, from 0
   * @param size demands per page, 1..200
   */
  public Paged<Demand> list(String consumerId, DemandStatus status, int page, int size) {
    if (page < 0) {
      throw new DemandProblem.Invalid("page", "negative", page, "Parameter 'page' must not be negative");
    }
    if (size < 1 || size > 200) {
      throw new DemandProblem.Invalid("size", "pageSize", size, "Parameter 'size' must be between 1 and 200");
    }
    String state = status == null ? null : status.name();
    List<Demand> items = mapper.list(consumerId, state, size, Paged.offset(page, size)).stream()
        .map(DemandRow::toDemand).toList();
    return new Paged<>(items, page, size, mapper.count(consumerId, state));
  }

  /** The statuses the demand went through, oldest first. */
  public List<DemandStatus> history(String consumerId, String demandId) {
    find(consumerId, demandId);
    return mapper.history(demandId).stream().map(DemandStatus::valueOf).toList();
  }

  /**
   * Cancels a demand that waits for the consumer's confirmation: the process releases its reservation.
   *
   * @throws DemandProblem.NotCancellable when the demand is in any other status (its order runs, or it ended)
   */
  public Demand cancel(String consumerId, String demandId) {
    Demand demand = find(consumerId, demandId);
    if (!demand.status().cancellable()) {
      throw new DemandProblem.NotCancellable(demandId, demand.status());
    }
    boolean cancelled = Boolean.TRUE.equals(transactions.execute(status -> {
      if (!move(demandId, DemandStatus.AWAITING_CONFIRMATION, DemandStatus.CANCELLED)) {
        return false;
      }
      try {
        processes.correlate(OrderFulfilment.DEMAND_CANCELLED, demandId, Map.of());
        return true;
      } catch (ProcessCommands.NotCorrelatedException tooLate) {
        status.setRollbackOnly();
        return false;
      }
    }));
    if (!cancelled) {
      throw new DemandProblem.NotCancellable(demandId, find(consumerId, demandId).status());
    }
    LOG.info("Demand {} cancelled by its consumer", demandId);
    return find(consumerId, demandId);
  }

  /** The demand's offers, best first; empty until it is placed. */
  public List<Offer> offers(String consumerId, String demandId) {
    find(consumerId, demandId);
    return candidates.find(demandId).stream().map(Demands::offer).toList();
  }

  /**
   * Takes one of the demand's offers: the process creates the order on that pool.
   *
   * @throws DemandProblem.NotAwaitingConfirmation when the demand does not wait for a confirmation
   * @throws DemandProblem.UnknownOffer when {@code poolId} is not among its offers
   */
  public Demand confirm(String consumerId, String demandId, String poolId) {
    Demand demand = find(consumerId, demandId);
    if (demand.status() != DemandStatus.AWAITING_CONFIRMATION) {
      throw new DemandProblem.NotAwaitingConfirmation(demandId, demand.status());
    }
    if (candidates.find(demandId).stream().noneMatch(candidate -> candidate.poolId().equals(poolId))) {
      throw new DemandProblem.UnknownOffer(demandId, poolId);
    }
    boolean confirmed = Boolean.TRUE.equals(transactions.execute(status -> {
      if (!move(demandId, DemandStatus.AWAITING_CONFIRMATION, DemandStatus.PLACED)) {
        return false;
      }
      try {
        processes.correlate(OrderFulfilment.OFFER_CONFIRMED, demandId,
            Map.of(OrderFulfilment.CONFIRMED_POOL_ID, poolId));
        return true;
      } catch (ProcessCommands.NotCorrelatedException tooLate) {
        status.setRollbackOnly();
        return false;
      }
    }));
    if (!confirmed) {
      throw new DemandProblem.NotAwaitingConfirmation(demandId, find(consumerId, demandId).status());
    }
    LOG.info("Demand {}: offer on pool {} confirmed", demandId, poolId);
    return find(consumerId, demandId);
  }

  /**
   * Records the demand's new status (the order process's steps). Moving to the status it has already changes
   * nothing, so a retried step is harmless.
   */
  public void recordStatus(String demandId, DemandStatus status) {
    transactions.executeWithoutResult(tx -> move(demandId, null, status));
  }

  private boolean move(String demandId, DemandStatus from, DemandStatus to) {
    LocalDateTime now = now();
    if (mapper.moveStatus(demandId, from == null ? null : from.name(), to.name(), now) == 0) {
      return false;
    }
    mapper.insertHistory(demandId, to.name(), now);
    return true;
  }

  private Map<String, Object> startVariables(DemandRow row) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("demandId", row.id());
    variables.put("consumerId", row.consumerId());
    variables.put("paymentMode", row.paymentMode());
    variables.put("autoSelectPreferred", row.autoSelectPreferred());
    variables.put("units", row.quantity());
    variables.put("reservationKey", row.id());
    variables.put("confirmationTimeout", properties.confirmationTimeout().toString());
    variables.put("provisioningTimeout", properties.provisioningTimeout().toString());
    variables.put("provisioningPollInterval", properties.provisioningPollInterval().toString());
    variables.put("meteringInterval", properties.meteringInterval().toString());
    if (row.projectCode() != null) {
      // read by order creation and by rating, which keeps the project on the bill
      variables.put("projectCode", row.projectCode());
      variables.put("projectName", row.projectName());
    }
    variables.put(OrderFulfilment.RELEASE_REQUESTED_FLAG, false);
    variables.put("lowBalanceWarned", false);
    return variables;
  }

  private static Offer offer(StoredCandidate candidate) {
    List<Offer.ScorePart> parts = new ArrayList<>();
    for (String part : candidate.breakdown().split(";")) {
      int equals = part.indexOf('=');
      int times = part.indexOf('*');
      if (equals > 0 && times > equals) {
        parts.add(new Offer.ScorePart(part.substring(0, equals),
            Double.parseDouble(part.substring(equals + 1, times)), Double.parseDouble(part.substring(times + 1))));
      }
    }
    return new Offer(candidate.rankNo(), candidate.poolId(), candidate.providerId(), candidate.regionCode(),
        candidate.score(), candidate.estimatedCostFen(), candidate.currency(), candidate.latencyMs(), parts,
        candidate.policyName(), candidate.policyVersion());
  }

  private LocalDateTime now() {
    return LocalDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
  }
}
