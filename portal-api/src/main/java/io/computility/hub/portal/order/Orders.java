package io.computility.hub.portal.order;

import io.computility.hub.portal.OrderFulfilment;
import io.computility.hub.portal.Paged;
import io.computility.hub.workers.process.ProcessCommands;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.operaton.bpm.engine.ActivityTypes;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.OptimisticLockingException;
import org.operaton.bpm.engine.history.HistoricActivityInstance;
import org.operaton.bpm.engine.history.HistoricProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Orders as consumers and operators see them (O-8.3): look up, list, follow the process's steps, and ask for the
 * resources to be released. Every method that takes a {@code consumerId} shows that consumer only their own orders;
 * {@code null} means an operator, who sees all.
 */
@Service
public class Orders {

  private static final Logger LOG = LoggerFactory.getLogger(Orders.class);
  private static final int MAX_PAGE_SIZE = 200;

  private final OrderMapper mapper;
  private final ProcessCommands processes;
  private final HistoryService history;
  private final MessageSource messages;

  Orders(OrderMapper mapper, ProcessCommands processes, HistoryService history, MessageSource messages) {
    this.mapper = mapper;
    this.processes = processes;
    this.history = history;
    this.messages = messages;
  }

  /** The order, if {@code consumerId} (or an operator, {@code null}) may see it. */
  public Order find(String consumerId, String orderId) {
    return visible(consumerId, orderId).toOrder();
  }

  /** The order created for a demand, if there is one yet. */
  public Optional<Order> forDemand(String consumerId, String demandId) {
    OrderRow row = mapper.findByDemand(demandId);
    if (row == null || (consumerId != null && !consumerId.equals(row.consumerId()))) {
      return Optional.empty();
    }
    return Optional.of(row.toOrder());
  }

  /**
   * A page of orders, newest first.
   *
   * @param consumerId whose orders; {@code null} for all (operators)
   * @param status only orders in this status; {@code null} for any
   * @param page the page, from 0
   * @param size orders per page, 1..200
   */
  public Paged<Order> list(String consumerId, OrderStatus status, int page, int size) {
    if (page < 0) {
      throw new OrderProblem.InvalidParameter("page", page);
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new OrderProblem.InvalidParameter("size", size);
    }
    String state = status == null ? null : status.name();
    List<Order> items = mapper.list(consumerId, state, size, Paged.offset(page, size)).stream()
        .map(OrderRow::toOrder).toList();
    return new Paged<>(items, page, size, mapper.count(consumerId, state));
  }

  /** The statuses the order went through, oldest first. */
  public List<OrderStatus> statusHistory(String consumerId, String orderId) {
    visible(consumerId, orderId);
    return mapper.history(orderId).stream().map(OrderStatus::valueOf).toList();
  }

  /**
   * Asks for a running order's resources to be released now; the process releases them, reads the final usage,
   * bills and settles. Releasing is accepted once the order runs; asking again while it is released changes
   * nothing.
   *
   * @param requestedBy who asks (for the log)
   * @throws OrderProblem.NotRunning when the order is not running (not yet, or not any more)
   */
  public Order release(String consumerId, String orderId, String requestedBy) {
    OrderRow order = visible(consumerId, orderId);
    if (order.orderStatus() == OrderStatus.RELEASING) {
      return order.toOrder();
    }
    if (order.orderStatus() != OrderStatus.RUNNING) {
      throw new OrderProblem.NotRunning(orderId, order.orderStatus());
    }
    for (int attempt = 1; ; attempt++) {
      try {
        processes.correlate(OrderFulfilment.RELEASE_REQUESTED, order.demandId(),
            Map.of(OrderFulfilment.RELEASE_REASON, "USER"));
        break;
      } catch (OptimisticLockingException raced) {
        // the booked end or the balance moved the process at the same moment; look again
        if (attempt == 2) {
          throw raced;
        }
      } catch (ProcessCommands.NotCorrelatedException busy) {
        // The process does not wait for the message now: it has not reached its waiting point yet or samples usage
        // (it looks at the flag at both), or it is releasing already for another reason (the flag changes nothing).
        processes.setVariables(OrderFulfilment.PROCESS, order.demandId(),
            Map.of(OrderFulfilment.RELEASE_REQUESTED_FLAG, true));
        break;
      }
    }
    LOG.info("Release of order {} requested by {}", orderId, requestedBy);
    return find(consumerId, orderId);
  }

  /**
   * The order process's current steps and every step it passed, with their names and times, oldest first.
   * Decision gateways are left out: they are not steps a consumer waits at. Event-based gateways stay: a running
   * order waits at one (for the next metering, a release request or its booked end).
   */
  public OrderSteps steps(String consumerId, String orderId) {
    OrderRow order = visible(consumerId, orderId);
    HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(OrderFulfilment.PROCESS).processInstanceBusinessKey(order.demandId())
        .singleResult();
    if (instance == null) {
      return new OrderSteps(List.of(), List.of());
    }
    List<OrderSteps.Step> passed = history.createHistoricActivityInstanceQuery()
        .processInstanceId(instance.getId()).orderPartiallyByOccurrence().asc().list().stream()
        .filter(step -> !step.getActivityType().endsWith("Gateway")
            || ActivityTypes.GATEWAY_EVENT_BASED.equals(step.getActivityType()))
        .map(Orders::step)
        .toList();
    List<OrderSteps.Step> current = passed.stream().filter(step -> step.endedAt() == null).toList();
    return new OrderSteps(current, passed);
  }

  /** The consumer's notifications, newest first, in {@code locale}. */
  public List<Notification> notifications(String consumerId, int limit, Locale locale) {
    return mapper.notifications(consumerId, Math.min(Math.max(limit, 1), MAX_PAGE_SIZE)).stream()
        .map(row -> new Notification(row.id(), row.orderId(), row.kind(),
            messages.getMessage("portal.notification." + row.kind(), new Object[] {row.orderId()}, locale),
            row.createdAt().toInstant(ZoneOffset.UTC)))
        .toList();
  }

  private OrderRow visible(String consumerId, String orderId) {
    OrderRow row = mapper.find(orderId);
    if (row == null || (consumerId != null && !consumerId.equals(row.consumerId()))) {
      throw new OrderProblem.NotFound(orderId);
    }
    return row;
  }

  private static OrderSteps.Step step(HistoricActivityInstance activity) {
    return new OrderSteps.Step(activity.getActivityId(), activity.getActivityName(), activity.getActivityType(),
        instant(activity.getStartTime()), instant(activity.getEndTime()));
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
