package io.computility.hub.portal.workorder;

import io.computility.hub.portal.Paged;
import io.computility.hub.portal.order.OrderProblem;
import io.computility.hub.portal.order.Orders;
import io.computility.hub.portal.web.PortalProblem;
import io.computility.hub.workers.billing.Bill;
import io.computility.hub.workers.billing.BillingProblem;
import io.computility.hub.workers.billing.Bills;
import io.computility.hub.workers.process.ProcessCommands;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.history.HistoricProcessInstance;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work orders (O-8.2 after-sales): a requester opens one, optionally about one of its orders or bills; the
 * {@code work-order} process triages it, answers it with a standard text or hands it to support (escalating to the
 * second line when the SLA passes); the requester confirms the answer or reopens the work order. This service keeps
 * the ticket and its conversation and drives the process; the process's workers report back through it.
 */
@Service
public class WorkOrders {

  /** The author of the hub's own messages. */
  static final String SYSTEM = "SYSTEM";
  /** {@code answeredBy} of a standard answer. */
  static final String AUTOMATIC = "AUTOMATIC";
  private static final int MAX_VARIABLE_TEXT = 4000;
  private static final String ANSWER_KEY = "portal.workorder.answer.";
  private static final List<String> UNCLOSED = List.of(WorkOrderStatus.OPEN.name(), WorkOrderStatus.ESCALATED.name(),
      WorkOrderStatus.ANSWERED.name());

  private final WorkOrderMapper mapper;
  private final ProcessCommands processes;
  private final HistoryService history;
  private final Orders orders;
  private final Bills bills;
  private final MessageSource messages;
  private final WorkOrderProperties properties;
  private final Clock clock;

  WorkOrders(WorkOrderMapper mapper, ProcessCommands processes, HistoryService history, Orders orders, Bills bills,
      MessageSource messages, WorkOrderProperties properties, Clock clock) {
    this.mapper = mapper;
    this.processes = processes;
    this.history = history;
    this.orders = orders;
    this.bills = bills;
    this.messages = messages;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * Opens a work order for {@code requesterId} and starts its process, which triages it at once.
   *
   * @throws PortalProblem.InvalidParameter when the order or bill named is not the requester's, or a bill dispute
   *     names no bill
   */
  @Transactional
  public WorkOrder open(String requesterId, NewWorkOrder request) {
    checkReferences(requesterId, request);
    LocalDateTime now = now();
    String id = UUID.randomUUID().toString();
    String subject = request.subject().strip();
    mapper.insert(new WorkOrderRow(id, requesterId, request.category().name(), subject, blankToNull(request.orderId()),
        blankToNull(request.billId()), WorkOrderStatus.OPEN.name(), null, null, null, now, now, null));
    mapper.insertMessage(id, requesterId, WorkOrderMessage.Role.REQUESTER.name(), request.message().strip(), null,
        null, now);
    mapper.insertHistory(id, WorkOrderStatus.OPEN.name(), requesterId, now);

    Map<String, Object> variables = new HashMap<>();
    variables.put(WorkOrderProcess.WORK_ORDER_ID, id);
    variables.put(WorkOrderProcess.REQUESTER_ID, requesterId);
    variables.put(WorkOrderProcess.CATEGORY, request.category().name());
    variables.put("subject", subject);
    variables.put("description", request.message().strip());
    variables.put("triageText", triageText(subject, request.message()));
    variables.put("orderId", blankToNull(request.orderId()));
    variables.put(WorkOrderProcess.BILL_ID, blankToNull(request.billId()));
    variables.put("slaDuration", properties.sla().toString());
    variables.put("confirmationWindow", properties.confirmationWindow().toString());
    processes.start(WorkOrderProcess.PROCESS, id, variables);
    return mapper.find(id).toWorkOrder();
  }

  /**
   * A page of work orders, newest first.
   *
   * @param requesterId whose; {@code null} for everyone's (staff)
   * @param status only those in this status; {@code null} for any
   */
  public Paged<WorkOrder> list(String requesterId, WorkOrderStatus status, int page, int size) {
    List<String> statuses = status == null ? null : List.of(status.name());
    List<WorkOrder> items = mapper.list(requesterId, statuses, size, Paged.offset(page, size)).stream()
        .map(WorkOrderRow::toWorkOrder).toList();
    return new Paged<>(items, page, size, mapper.count(requesterId, statuses));
  }

  /** How many of the requester's work orders are not closed yet. */
  public long countUnclosed(String requesterId) {
    return mapper.count(requesterId, UNCLOSED);
  }

  /** A work order with its conversation (hub texts in {@code locale}), status history and current steps. */
  WorkOrderDetail detail(WorkOrderViewer viewer, String workOrderId, Locale locale) {
    WorkOrderRow row = visible(viewer, workOrderId);
    List<WorkOrderMessage> conversation = mapper.messages(workOrderId).stream()
        .map(message -> new WorkOrderMessage(message.id(), message.author(),
            WorkOrderMessage.Role.valueOf(message.authorRole()),
            message.bodyKey() == null ? message.body() : messages.getMessage(message.bodyKey(), null, locale),
            WorkOrderRow.instant(message.createdAt())))
        .toList();
    List<WorkOrderStatus> statuses = mapper.history(workOrderId).stream().map(WorkOrderStatus::valueOf).toList();
    return new WorkOrderDetail(row.toWorkOrder(), conversation, statuses, currentSteps(workOrderId));
  }

  /**
   * Adds a message to the conversation: from the requester (support sees it in the Tasklist form too) or from
   * support staff.
   *
   * @throws WorkOrderProblem.Closed when the work order is closed
   */
  @Transactional
  WorkOrderDetail addMessage(WorkOrderViewer viewer, String workOrderId, String text, Locale locale) {
    WorkOrderRow row = visibleForUpdate(viewer, workOrderId);
    if (row.workOrderStatus() == WorkOrderStatus.CLOSED) {
      throw new WorkOrderProblem.Closed(workOrderId);
    }
    boolean fromRequester = viewer.username().equals(row.requesterId());
    mapper.insertMessage(workOrderId, viewer.username(),
        (fromRequester ? WorkOrderMessage.Role.REQUESTER : WorkOrderMessage.Role.SUPPORT).name(), text.strip(), null,
        null, now());
    if (fromRequester) {
      processes.setVariables(WorkOrderProcess.PROCESS, workOrderId,
          Map.of(WorkOrderProcess.LATEST_REQUESTER_MESSAGE, text.strip()));
    }
    return detail(viewer, workOrderId, locale);
  }

  /**
   * The requester accepts the answer: the work order closes.
   *
   * @throws WorkOrderProblem.NotAwaitingReply when it is not answered, or a credit granted with the answer is still
   *     being issued
   */
  @Transactional
  WorkOrder confirm(WorkOrderViewer viewer, String workOrderId) {
    WorkOrderRow row = awaitingReply(viewer, workOrderId);
    correlate(row, WorkOrderProcess.CONFIRMED, Map.of());
    LocalDateTime now = now();
    mapper.moveStatus(workOrderId, WorkOrderStatus.CLOSED.name(), "CONFIRMED", now, now);
    mapper.insertHistory(workOrderId, WorkOrderStatus.CLOSED.name(), viewer.username(), now);
    return mapper.find(workOrderId).toWorkOrder();
  }

  /**
   * The requester does not accept the answer and says why: back to first-line support.
   *
   * @throws WorkOrderProblem.NotAwaitingReply when it is not answered
   */
  @Transactional
  WorkOrder reopen(WorkOrderViewer viewer, String workOrderId, String reason) {
    WorkOrderRow row = awaitingReply(viewer, workOrderId);
    LocalDateTime now = now();
    mapper.insertMessage(workOrderId, viewer.username(), WorkOrderMessage.Role.REQUESTER.name(), reason.strip(), null,
        null, now);
    Map<String, Object> variables = new HashMap<>();
    variables.put(WorkOrderProcess.LATEST_REQUESTER_MESSAGE, reason.strip());
    // the next answer is written afresh
    variables.put(WorkOrderProcess.RESOLUTION, null);
    variables.put(WorkOrderProcess.CREDIT_FEN, null);
    correlate(row, WorkOrderProcess.REOPENED, variables);
    mapper.moveStatus(workOrderId, WorkOrderStatus.OPEN.name(), null, null, now);
    mapper.insertHistory(workOrderId, WorkOrderStatus.OPEN.name(), viewer.username(), now);
    return mapper.find(workOrderId).toWorkOrder();
  }

  /** Topic {@code work-order-auto-answer}: the standard answer for the triage outcome. */
  @Transactional
  void answerWithStandardText(String workOrderId, String outcome, String taskId) {
    WorkOrderRow row = existing(workOrderId);
    LocalDateTime now = now();
    if (mapper.countByDedupKey(taskId) == 0) {
      mapper.insertMessage(workOrderId, SYSTEM, WorkOrderMessage.Role.SYSTEM.name(), null, ANSWER_KEY + outcome,
          taskId, now);
    }
    mapper.recordAnswer(workOrderId, AUTOMATIC, null, now);
    historyOnChange(row, WorkOrderStatus.ANSWERED, SYSTEM, now);
  }

  /** Topic {@code work-order-escalation}: first-line support missed the SLA. */
  @Transactional
  void escalate(String workOrderId, String taskId) {
    WorkOrderRow row = existing(workOrderId);
    LocalDateTime now = now();
    if (mapper.countByDedupKey(taskId) == 0) {
      mapper.insertMessage(workOrderId, SYSTEM, WorkOrderMessage.Role.SYSTEM.name(), null,
          "portal.workorder.escalated", taskId, now);
    }
    mapper.moveStatus(workOrderId, WorkOrderStatus.ESCALATED.name(), null, null, now);
    historyOnChange(row, WorkOrderStatus.ESCALATED, SYSTEM, now);
  }

  /**
   * Topic {@code work-order-answer}: support's answer goes to the requester. A credit counts only on a bill
   * dispute.
   *
   * @return the credit granted in fen, 0 for none
   */
  @Transactional
  long recordAnswer(String workOrderId, String answeredBy, String resolution, long requestedCreditFen,
      String taskId) {
    WorkOrderRow row = existing(workOrderId);
    long credit = WorkOrderCategory.valueOf(row.category()) == WorkOrderCategory.BILL_DISPUTE
        ? Math.max(requestedCreditFen, 0) : 0;
    LocalDateTime now = now();
    if (mapper.countByDedupKey(taskId) == 0) {
      mapper.insertMessage(workOrderId, answeredBy, WorkOrderMessage.Role.SUPPORT.name(), resolution.strip(), null,
          taskId, now);
    }
    mapper.recordAnswer(workOrderId, answeredBy, credit > 0 ? credit : null, now);
    historyOnChange(row, WorkOrderStatus.ANSWERED, answeredBy, now);
    return credit;
  }

  /** Topic {@code work-order-close}: the requester did not reply within the confirmation window. */
  @Transactional
  void closeWithoutReply(String workOrderId, String taskId) {
    WorkOrderRow row = existing(workOrderId);
    if (row.workOrderStatus() == WorkOrderStatus.CLOSED) {
      return;
    }
    LocalDateTime now = now();
    mapper.insertMessage(workOrderId, SYSTEM, WorkOrderMessage.Role.SYSTEM.name(), null,
        "portal.workorder.closed-without-reply", taskId, now);
    mapper.moveStatus(workOrderId, WorkOrderStatus.CLOSED.name(), "NO_REPLY", now, now);
    mapper.insertHistory(workOrderId, WorkOrderStatus.CLOSED.name(), SYSTEM, now);
  }

  private void checkReferences(String requesterId, NewWorkOrder request) {
    String orderId = blankToNull(request.orderId());
    if (orderId != null) {
      try {
        orders.find(requesterId, orderId);
      } catch (OrderProblem.NotFound notTheirs) {
        throw new PortalProblem.InvalidParameter("orderId", orderId, "names no order of the caller");
      }
    }
    String billId = blankToNull(request.billId());
    if (billId == null && request.category() == WorkOrderCategory.BILL_DISPUTE) {
      throw new PortalProblem.InvalidParameter("billId", "", "is required for a BILL_DISPUTE");
    }
    if (billId != null && !billOf(requesterId, billId)) {
      throw new PortalProblem.InvalidParameter("billId", billId, "names no bill of the caller");
    }
  }

  private boolean billOf(String requesterId, String billId) {
    try {
      Bill bill = bills.find(billId);
      return requesterId.equals(bill.consumerId());
    } catch (BillingProblem.UnknownBill none) {
      return false;
    }
  }

  private WorkOrderRow awaitingReply(WorkOrderViewer viewer, String workOrderId) {
    WorkOrderRow row = visibleForUpdate(viewer, workOrderId);
    if (!viewer.username().equals(row.requesterId())) {
      throw new WorkOrderProblem.NotRequester(workOrderId);
    }
    if (row.workOrderStatus() != WorkOrderStatus.ANSWERED) {
      throw new WorkOrderProblem.NotAwaitingReply(workOrderId, row.workOrderStatus());
    }
    return row;
  }

  private void correlate(WorkOrderRow row, String message, Map<String, Object> variables) {
    try {
      processes.correlate(message, row.id(), variables);
    } catch (ProcessCommands.NotCorrelatedException notWaiting) {
      // answered, but the process is not at the user's reply yet (a granted credit is still being issued)
      throw new WorkOrderProblem.NotAwaitingReply(row.id(), row.workOrderStatus());
    }
  }

  private List<WorkOrderDetail.Step> currentSteps(String workOrderId) {
    HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(WorkOrderProcess.PROCESS).processInstanceBusinessKey(workOrderId).singleResult();
    if (instance == null) {
      return List.of();
    }
    return history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).unfinished()
        .orderPartiallyByOccurrence().asc().list().stream()
        .map(step -> new WorkOrderDetail.Step(step.getActivityId(), step.getActivityName(),
            step.getStartTime().toInstant()))
        .toList();
  }

  private void historyOnChange(WorkOrderRow before, WorkOrderStatus after, String changedBy, LocalDateTime now) {
    if (before.workOrderStatus() != after) {
      mapper.insertHistory(before.id(), after.name(), changedBy, now);
    }
  }

  private WorkOrderRow visible(WorkOrderViewer viewer, String workOrderId) {
    WorkOrderRow row = mapper.find(workOrderId);
    if (row == null || !viewer.maySee(row.requesterId())) {
      throw new PortalProblem.NotFound("work order", workOrderId);
    }
    return row;
  }

  private WorkOrderRow visibleForUpdate(WorkOrderViewer viewer, String workOrderId) {
    WorkOrderRow row = mapper.lock(workOrderId);
    if (row == null || !viewer.maySee(row.requesterId())) {
      throw new PortalProblem.NotFound("work order", workOrderId);
    }
    return row;
  }

  private WorkOrderRow existing(String workOrderId) {
    WorkOrderRow row = mapper.lock(workOrderId);
    if (row == null) {
      throw new IllegalStateException("No work order " + workOrderId);
    }
    return row;
  }

  private LocalDateTime now() {
    return LocalDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
  }

  /** What the triage table reads: subject and message in lower case, within the engine's string variable limit. */
  private static String triageText(String subject, String message) {
    String text = (subject + "\n" + message).toLowerCase(Locale.ROOT);
    return text.length() <= MAX_VARIABLE_TEXT ? text : text.substring(0, MAX_VARIABLE_TEXT);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
