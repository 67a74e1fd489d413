package io.computility.hub.portal.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.computility.hub.PortalTestApplication;
import io.computility.hub.portal.TestClock;
import io.computility.hub.workers.billing.Bill;
import io.computility.hub.workers.billing.BillLine;
import io.computility.hub.workers.billing.Bills;
import io.computility.hub.workers.billing.RatedUsage;
import io.computility.hub.workers.metering.Meter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ExternalTaskService;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.history.HistoricActivityInstance;
import org.operaton.bpm.engine.history.HistoricProcessInstance;
import org.operaton.bpm.engine.runtime.Job;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The {@code work-order} process with its real participants: the triage table, the work-order workers, the store,
 * the engine's timers (fired by the test after it moved the clock) and support's user tasks (completed as Tasklist
 * completes them, with the form's variables). The {@code bill-credit} topic is billing's: the test serves it.
 */
@SpringBootTest(classes = PortalTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkOrderProcessTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  @Autowired WorkOrders workOrders;
  @Autowired WorkOrderProperties properties;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired ExternalTaskService externalTasks;
  @Autowired Bills bills;
  @Autowired TestClock clock;

  private WorkOrderViewer requester;

  @BeforeEach
  void aRequesterAndAStandingClock() {
    clock.freeze();
    requester = new WorkOrderViewer("requester-" + UUID.randomUUID(), false);
  }

  @Test
  void aCommonQuestionIsAnsweredByTheTableAndConfirmed() {
    WorkOrder opened = open(WorkOrderCategory.BILLING, "Where is my invoice?", "I paid the October bill.", null);

    awaitStatus(opened, WorkOrderStatus.ANSWERED);
    WorkOrderDetail answered = workOrders.detail(requester, opened.workOrderId(), Locale.ENGLISH);
    assertThat(answered.workOrder().answeredBy()).isEqualTo("AUTOMATIC");
    assertThat(answered.messages()).extracting(WorkOrderMessage::role)
        .containsExactly(WorkOrderMessage.Role.REQUESTER, WorkOrderMessage.Role.SYSTEM);
    assertThat(answered.messages().get(1).body()).startsWith("Your invoices are in the portal under Bills");
    assertThat(workOrders.detail(requester, opened.workOrderId(), Locale.SIMPLIFIED_CHINESE).messages().get(1).body())
        .startsWith("您的发票在门户的“账单”中");
    awaitStep(opened, "awaitRequester");

    WorkOrder confirmed = workOrders.confirm(requester, opened.workOrderId());

    assertThat(confirmed.status()).isEqualTo(WorkOrderStatus.CLOSED);
    assertThat(confirmed.closeReason()).isEqualTo("CONFIRMED");
    assertThat(passed(opened)).containsSubsequence("triageWorkOrder", "answerAutomatically", "awaitRequester",
        "requesterConfirmed", "workOrderConfirmed").doesNotContain("handleWorkOrder");
    assertThat(hasEnded(opened)).isTrue();
    assertThat(workOrders.detail(requester, opened.workOrderId(), Locale.ENGLISH).statusHistory())
        .containsExactly(WorkOrderStatus.OPEN, WorkOrderStatus.ANSWERED, WorkOrderStatus.CLOSED);
  }

  @Test
  void supportAnswersWithinTheSlaAndTheRequesterConfirms() {
    WorkOrder opened = open(WorkOrderCategory.TECHNICAL, "Instance does not boot", "GPU node stuck at start.", null);

    Task task = awaitTask(opened, "SUPPORT");
    assertThat(task.getTaskDefinitionKey()).isEqualTo("handleWorkOrder");
    assertThat(slaTimer(opened).getDuedate().toInstant()).isEqualTo(startOf(opened).plus(properties.sla()));
    tasks.complete(task.getId(), Map.of("resolution", "The image was missing a driver; restart it now."));

    awaitStatus(opened, WorkOrderStatus.ANSWERED);
    WorkOrderDetail answered = workOrders.detail(requester, opened.workOrderId(), Locale.ENGLISH);
    assertThat(answered.workOrder().answeredBy()).isEqualTo("SUPPORT");
    assertThat(answered.workOrder().creditFen()).isNull();
    assertThat(answered.messages()).last().extracting(WorkOrderMessage::body, WorkOrderMessage::role)
        .containsExactly("The image was missing a driver; restart it now.", WorkOrderMessage.Role.SUPPORT);
    awaitStep(opened, "awaitRequester");

    workOrders.confirm(requester, opened.workOrderId());

    assertThat(passed(opened)).containsSubsequence("handleWorkOrder", "sendAnswer", "requesterConfirmed")
        .doesNotContain("escalateWorkOrder", "requestCredit");
    assertThat(hasEnded(opened)).isTrue();
  }

  @Test
  void theSlaEscalatesToTheSecondLineAndAReopenedWorkOrderGoesBackToSupportUntilConfirmed() {
    WorkOrder opened = open(WorkOrderCategory.ORDER, "Order stuck", "My order has been provisioning for hours.", null);
    awaitTask(opened, "SUPPORT");

    clock.advance(properties.sla().plusMinutes(1));
    management.executeJob(slaTimer(opened).getId());

    awaitStatus(opened, WorkOrderStatus.ESCALATED);
    Task escalated = awaitTask(opened, "SUPPORT_L2");
    assertThat(escalated.getTaskDefinitionKey()).isEqualTo("handleEscalatedWorkOrder");
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(opened.workOrderId()).taskCandidateGroup("SUPPORT")
        .count()).isZero();
    tasks.complete(escalated.getId(), Map.of("resolution", "The provider failed; we moved it to another pool."));
    awaitStatus(opened, WorkOrderStatus.ANSWERED);
    assertThat(workOrders.detail(requester, opened.workOrderId(), Locale.ENGLISH).workOrder().answeredBy())
        .isEqualTo("SUPPORT_L2");
    awaitStep(opened, "awaitRequester");

    WorkOrder reopened = workOrders.reopen(requester, opened.workOrderId(), "Still not running.");

    assertThat(reopened.status()).isEqualTo(WorkOrderStatus.OPEN);
    Task again = awaitTask(opened, "SUPPORT");
    assertThat(tasks.getVariable(again.getId(), WorkOrderProcess.LATEST_REQUESTER_MESSAGE))
        .isEqualTo("Still not running.");
    assertThat(tasks.getVariable(again.getId(), WorkOrderProcess.RESOLUTION)).isNull();
    tasks.complete(again.getId(), Map.of("resolution", "Restarted on the new pool; it runs now."));
    awaitStatus(opened, WorkOrderStatus.ANSWERED);
    awaitStep(opened, "awaitRequester");
    workOrders.confirm(requester, opened.workOrderId());

    assertThat(passed(opened)).containsSubsequence("handleWorkOrder", "slaExceeded", "escalateWorkOrder",
        "handleEscalatedWorkOrder", "sendAnswer", "requesterReopened", "handleWorkOrder", "sendAnswer",
        "requesterConfirmed", "workOrderConfirmed");
    assertThat(workOrders.detail(requester, opened.workOrderId(), Locale.ENGLISH).statusHistory())
        .containsExactly(WorkOrderStatus.OPEN, WorkOrderStatus.ESCALATED, WorkOrderStatus.ANSWERED,
            WorkOrderStatus.OPEN, WorkOrderStatus.ANSWERED, WorkOrderStatus.CLOSED);
    assertThat(workOrders.detail(requester, opened.workOrderId(), Locale.ENGLISH).messages())
        .extracting(WorkOrderMessage::role).containsExactly(WorkOrderMessage.Role.REQUESTER,
            WorkOrderMessage.Role.SYSTEM, WorkOrderMessage.Role.SUPPORT, WorkOrderMessage.Role.REQUESTER,
            WorkOrderMessage.Role.SUPPORT);
  }

  @Test
  void aBillDisputeCreditedBySupportAsksBillingForTheCreditBeforeTheRequesterMayConfirm() {
    Bill bill = issueBill(requester.username(), 3);
    WorkOrder opened = open(WorkOrderCategory.BILL_DISPUTE, "Why was I charged for three hours?",
        "The instance ran for two hours only.", bill.billId());
    Task task = awaitTask(opened, "SUPPORT");
    assertThat(tasks.getVariable(task.getId(), WorkOrderProcess.BILL_ID)).isEqualTo(bill.billId());

    tasks.complete(task.getId(), Map.of("resolution", "Confirmed: one hour too many. We credit it.",
        "creditFen", 1_500L));

    // billing serves the topic (BillCreditWorker); this bill is on no monthly bill, so the credit waits there
    await().atMost(TIMEOUT).until(() -> externalTasks.createExternalTaskQuery()
        .processInstanceId(instance(opened).getId()).topicName(WorkOrderProcess.BILL_CREDIT_TOPIC).count() == 1);
    Map<String, Object> variables = runtime.getVariables(instance(opened).getId());
    assertThat(variables).containsEntry(WorkOrderProcess.CREDIT_FEN, 1_500L)
        .containsEntry(WorkOrderProcess.BILL_ID, bill.billId())
        .containsEntry(WorkOrderProcess.REQUESTER_ID, requester.username());
    assertThat(workOrders.detail(requester, opened.workOrderId(), Locale.ENGLISH).workOrder().creditFen())
        .isEqualTo(1_500L);
    assertThatThrownBy(() -> workOrders.confirm(requester, opened.workOrderId()))
        .as("the credit is still being issued").isInstanceOf(WorkOrderProblem.NotAwaitingReply.class);
  }

  @Test
  void aCreditOnAnythingButABillDisputeIsIgnoredAndAnAnswerWithoutReplyCloses() {
    WorkOrder opened = open(WorkOrderCategory.OTHER, "A question", "Can I get a discount?", null);
    Task task = awaitTask(opened, "SUPPORT");

    tasks.complete(task.getId(), Map.of("resolution", "Coupons are coming soon.", "creditFen", 10_000L));

    awaitStep(opened, "awaitRequester");
    assertThat(workOrders.detail(requester, opened.workOrderId(), Locale.ENGLISH).workOrder().creditFen()).isNull();
    clock.advance(properties.confirmationWindow().plusMinutes(1));
    management.executeJob(job(opened, "confirmationWindowOver").getId());

    awaitStatus(opened, WorkOrderStatus.CLOSED);
    await().atMost(TIMEOUT).until(() -> hasEnded(opened));
    assertThat(workOrders.detail(requester, opened.workOrderId(), Locale.ENGLISH).workOrder().closeReason())
        .isEqualTo("NO_REPLY");
    assertThat(passed(opened)).doesNotContain("requestCredit").containsSubsequence("sendAnswer", "awaitRequester",
        "confirmationWindowOver", "closeUnconfirmed", "workOrderClosedWithoutReply");
  }

  private WorkOrder open(WorkOrderCategory category, String subject, String message, String billId) {
    return workOrders.open(requester.username(), new NewWorkOrder(category, subject, message, null, billId));
  }

  private Bill issueBill(String consumerId, int gpuHours) {
    long amount = gpuHours * 1_500L;
    BillLine line = new BillLine(1, BillLine.Kind.USAGE, Meter.GPU_HOURS, BigDecimal.valueOf(gpuHours), "GPU·h",
        1_500, amount);
    return bills.issue(consumerId, "provider-x", new RatedUsage("order-" + UUID.randomUUID(), "prd:x", 1,
        List.of(line), amount));
  }

  private void awaitStatus(WorkOrder workOrder, WorkOrderStatus status) {
    await().atMost(TIMEOUT).until(() -> workOrders.detail(requester, workOrder.workOrderId(), Locale.ENGLISH)
        .workOrder().status() == status);
  }

  private void awaitStep(WorkOrder workOrder, String activityId) {
    await().atMost(TIMEOUT).until(() -> workOrders.detail(requester, workOrder.workOrderId(), Locale.ENGLISH)
        .currentSteps().stream().anyMatch(step -> step.activityId().equals(activityId)));
  }

  private Task awaitTask(WorkOrder workOrder, String group) {
    return await().atMost(TIMEOUT).until(() -> tasks.createTaskQuery()
        .processInstanceBusinessKey(workOrder.workOrderId()).taskCandidateGroup(group).singleResult(),
        task -> task != null);
  }

  private Job slaTimer(WorkOrder workOrder) {
    return job(workOrder, "slaExceeded");
  }

  private Job job(WorkOrder workOrder, String activityId) {
    return await().atMost(TIMEOUT).until(() -> management.createJobQuery()
        .processInstanceId(instance(workOrder).getId()).activityId(activityId).singleResult(), job -> job != null);
  }

  private Instant startOf(WorkOrder workOrder) {
    return instance(workOrder).getStartTime().toInstant();
  }

  private HistoricProcessInstance instance(WorkOrder workOrder) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(WorkOrderProcess.PROCESS)
        .processInstanceBusinessKey(workOrder.workOrderId()).singleResult();
  }

  private boolean hasEnded(WorkOrder workOrder) {
    return instance(workOrder).getEndTime() != null;
  }

  private List<String> passed(WorkOrder workOrder) {
    return history.createHistoricActivityInstanceQuery().processInstanceId(instance(workOrder).getId())
        .orderPartiallyByOccurrence().asc().list().stream().map(HistoricActivityInstance::getActivityId).toList();
  }
}
