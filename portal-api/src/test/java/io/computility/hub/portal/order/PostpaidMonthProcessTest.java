package io.computility.hub.portal.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.computility.hub.PortalTestApplication;
import io.computility.hub.camel.reconciliation.UsageStatementReconciler;
import io.computility.hub.camel.resource.ResourceInventory;
import io.computility.hub.portal.TestClock;
import io.computility.hub.portal.demand.Demand;
import io.computility.hub.portal.demand.DemandDraft;
import io.computility.hub.portal.demand.DemandStatus;
import io.computility.hub.portal.demand.Demands;
import io.computility.hub.portal.demand.PaymentMode;
import io.computility.hub.workers.billing.Bill;
import io.computility.hub.workers.billing.Bills;
import io.computility.hub.workers.billing.Project;
import io.computility.hub.workers.billing.cycle.BillingCycleProperties;
import io.computility.hub.workers.billing.cycle.Grouping;
import io.computility.hub.workers.billing.cycle.MonthlyBill;
import io.computility.hub.workers.billing.cycle.MonthlyBillCommands;
import io.computility.hub.workers.billing.cycle.MonthlyBills;
import io.computility.hub.workers.billing.reconciliation.Reconciliation;
import io.computility.hub.workers.billing.reconciliation.ReconciliationLine;
import io.computility.hub.workers.billing.statement.ProviderStatement;
import io.computility.hub.workers.billing.statement.ProviderStatements;
import io.computility.hub.workers.billing.statement.StatementLine;
import io.computility.hub.workers.placement.CapacityReservations;
import io.computility.hub.workers.placement.PoolDirectory;
import io.computility.hub.workers.placement.PoolHealth;
import io.computility.hub.workers.placement.ResourceKind;
import io.computility.hub.workers.process.ProcessCommands;
import io.computility.hub.workers.wallet.Wallets;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.history.HistoricActivityInstance;
import org.operaton.bpm.engine.runtime.Job;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * A postpaid month end to end, every participant real: three postpaid orders placed through {@code
 * order-fulfilment} on the simulated container platform in Gansu, metered every 30 minutes of the tests' clock and
 * released; the {@code billing-cycle} of that month bills the account per project (two orders of one project merged,
 * the third on a bill of its own); one bill is disputed and credited through the review form's variables, the other
 * disputed and the dispute rejected; both are paid from the wallet and settled; the provider's settlement statement
 * traces its figures to the bill lines and the credit note, and the reconciliation route finds the one difference
 * seeded in the provider's usage statement. The month is the one after the real one, so no other test's orders are
 * in it.
 */
@SpringBootTest(classes = PortalTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PostpaidMonthProcessTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  /** A container platform: allocates at once, one accelerator card per unit, so its unit-hours are GPU-hours. */
  private static final String PROVIDER = "sim-gs-k8s";
  private static final String REGION = "620000";
  private static final Project LAB = new Project("ai-lab", "大模型实验室 / LLM lab");
  private static final Project RENDER = new Project("render", "渲染农场 / Render farm");

  @Autowired Demands demands;
  @Autowired Orders orders;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired ProcessCommands processes;
  @Autowired Wallets wallets;
  @Autowired Bills bills;
  @Autowired MonthlyBills monthlyBills;
  @Autowired MonthlyBillCommands commands;
  @Autowired ProviderStatements statements;
  @Autowired UsageStatementReconciler reconciler;
  @Autowired ResourceInventory inventory;
  @Autowired CapacityReservations reservations;
  @Autowired PoolDirectory directory;
  @Autowired BillingCycleProperties cycle;
  @Autowired TestClock clock;
  @LocalServerPort int port;

  private final String account = "account-" + UUID.randomUUID();

  @Test
  void threeOrdersBilledPerProjectOneBillCreditedOneDisputeRejectedBothPaidAndTheProviderReconciled() {
    // Given the platform onboarded, and the clock at 09:00 on the 2nd of next month (Beijing time)
    await().atMost(Duration.ofMinutes(3)).until(() -> inventory.listedProducts().stream()
        .anyMatch(product -> product.poolId().startsWith(PROVIDER + ":")) && inventory.pools().stream()
        .filter(pool -> pool.providerId().equals(PROVIDER)).allMatch(pool -> reservations.available(pool.id()) != null)
        && directory.pools(ResourceKind.INTELLIGENT_GPU).stream().anyMatch(pool -> pool.providerId().equals(PROVIDER)
            && pool.health() == PoolHealth.UP));
    Instant frozen = clock.freeze();
    YearMonth period = YearMonth.from(frozen.atZone(cycle.zone())).plusMonths(1);
    clock.advance(Duration.between(frozen, period.atDay(2).atTime(9, 0).atZone(cycle.zone()).toInstant()));

    // When three postpaid orders run through their processes: two of the lab for 1 h and 30 min, one of the render
    // farm for 1.5 h
    Order first = runOrder(LAB, 2);
    Order second = runOrder(LAB, 1);
    Order third = runOrder(RENDER, 3);
    List<Order> all = List.of(first, second, third);

    // Then each is settled, billed to the account with its project
    for (Order order : all) {
      assertThat(order.status()).isEqualTo(OrderStatus.SETTLED);
      assertThat(order.providerId()).isEqualTo(PROVIDER);
    }
    assertThat(bill(first).project()).isEqualTo(LAB);
    assertThat(bill(second).project()).isEqualTo(LAB);
    assertThat(bill(third).project()).isEqualTo(RENDER);
    assertThat(wallets.outstanding(account)).isEqualTo(all.stream().mapToLong(order -> bill(order).totalFen()).sum());

    // When the account bills per project and the month's cycle runs
    monthlyBills.setPreference(account, Grouping.SPLIT_BY_PROJECT);
    String cycleId = commands.startCycle(period, account, null, List.of());
    List<ProcessInstance> billProcesses = await().atMost(TIMEOUT).until(() -> runtime.createProcessInstanceQuery()
        .superProcessInstanceId(cycleId).list(), found -> found.size() == 2);
    billProcesses.forEach(process -> awaitPayment(process.getBusinessKey()));
    List<MonthlyBill> drafted = billProcesses.stream().map(process -> monthlyBills.find(process.getBusinessKey()))
        .toList();
    MonthlyBill lab = drafted.stream().filter(bill -> LAB.equals(bill.project())).findFirst().orElseThrow();
    MonthlyBill render = drafted.stream().filter(bill -> RENDER.equals(bill.project())).findFirst().orElseThrow();

    // Then the lab's two orders are merged on one bill, the render farm's order is on its own, both issued
    assertThat(lab.items()).extracting(MonthlyBill.Item::orderId)
        .containsExactlyInAnyOrder(first.id(), second.id());
    assertThat(lab.items()).extracting(MonthlyBill.Item::project).containsOnly(LAB);
    assertThat(lab.totalFen()).isEqualTo(bill(first).totalFen() + bill(second).totalFen());
    assertThat(render.items()).extracting(MonthlyBill.Item::orderId).containsExactly(third.id());
    assertThat(render.totalFen()).isEqualTo(bill(third).totalFen());
    assertThat(List.of(lab, render)).allSatisfy(bill -> {
      assertThat(bill.status()).isEqualTo(MonthlyBill.Status.ISSUED);
      assertThat(bill.grouping()).isEqualTo(Grouping.SPLIT_BY_PROJECT);
      assertThat(bill.period()).isEqualTo(period.toString());
    });

    // When the account disputes both; the operator credits 1 CNY of the first order on the lab's bill and rejects
    // the dispute of the render farm's bill, as the review form submits them
    long credit = 100;
    commands.dispute(lab.monthlyBillId(), bill(first).billId(), "The GPU sat idle for half an hour");
    commands.dispute(render.monthlyBillId(), bill(third).billId(), "Too expensive");
    review(lab.monthlyBillId(), Map.of("disputeDecision", "ACCEPT", "creditBillId", bill(first).billId(),
        "creditFen", credit, "disputeComment", "Idle half hour credited"));
    review(render.monthlyBillId(), Map.of("disputeDecision", "REJECT", "disputeComment", "Billed as used"));
    awaitPayment(lab.monthlyBillId());
    awaitPayment(render.monthlyBillId());

    // Then the lab's bill is adjusted by a credit note with the comment as its reason, the render farm's is issued
    MonthlyBill adjusted = monthlyBills.find(lab.monthlyBillId());
    assertThat(adjusted.status()).isEqualTo(MonthlyBill.Status.ADJUSTED);
    assertThat(adjusted.creditNotes()).singleElement().satisfies(note -> {
      assertThat(note.billId()).isEqualTo(bill(first).billId());
      assertThat(note.amountFen()).isEqualTo(-credit);
      assertThat(note.reason()).isEqualTo("Idle half hour credited");
    });
    assertThat(monthlyBills.find(render.monthlyBillId()).status()).isEqualTo(MonthlyBill.Status.ISSUED);

    // When the account pays both from its wallet
    long payable = lab.totalFen() - credit + render.totalFen();
    wallets.topUp(account, payable, "bank transfer", "top-up-" + account);
    commands.requestPayment(lab.monthlyBillId());
    commands.requestPayment(render.monthlyBillId());

    // Then the cycle ends with both settled, the wallet paid what was payable and nothing is owed
    await().atMost(TIMEOUT).until(() -> runtime.createProcessInstanceQuery().processInstanceId(cycleId).count() == 0);
    assertThat(monthlyBills.find(lab.monthlyBillId()).status()).isEqualTo(MonthlyBill.Status.SETTLED);
    assertThat(monthlyBills.find(render.monthlyBillId()).status()).isEqualTo(MonthlyBill.Status.SETTLED);
    assertThat(wallets.balance(account).available()).isZero();
    assertThat(wallets.outstanding(account)).isZero();
    assertThat(passed(lab.monthlyBillId())).containsSubsequence("issueBill", "awaitPayment", "billDisputed",
        "reviewDispute", "disputeDecided", "issueCreditNote", "awaitPayment", "payFromWallet", "settleBill",
        "billSettled");
    assertThat(passed(render.monthlyBillId())).containsSubsequence("billDisputed", "reviewDispute",
        "disputeDecided", "rejectDispute", "awaitPayment", "payFromWallet", "billSettled");

    // And the provider's statement of the month holds the three orders' bill lines and the credit note
    ProviderStatement statement = statements.prepare(PROVIDER, period);
    List<String> ourBills = all.stream().map(order -> bill(order).billId()).toList();
    assertThat(statement.lines().stream().filter(line -> line.kind() == StatementLine.Kind.SALE
        && ourBills.contains(line.billId())).mapToLong(StatementLine::amountFen).sum())
        .isEqualTo(lab.totalFen() + render.totalFen());
    assertThat(statement.lines()).filteredOn(line -> line.kind() == StatementLine.Kind.CREDIT)
        .singleElement().satisfies(line -> {
          assertThat(line.billId()).isEqualTo(bill(first).billId());
          assertThat(line.amountFen()).isEqualTo(-credit);
        });
    assertThat(statement.figures().grossSalesFen() - statement.figures().creditsFen()
        - statement.figures().platformFeeFen()).isEqualTo(statement.figures().netPayableFen());

    // When the provider's usage statement, half a GPU-hour too high on the second order, is reconciled
    simulator().post().uri("/simulator/{provider}/usage-statement/_skew", PROVIDER)
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("allocationId", second.allocationId().substring(PROVIDER.length() + 1),
            "delta", new BigDecimal("0.5")))
        .retrieve().toBodilessEntity();
    Reconciliation reconciliation = reconciler.reconcile(PROVIDER, period);

    // Then the two others match, and that line is the one difference, in an open case
    assertThat(line(reconciliation, first).outcome()).isEqualTo(ReconciliationLine.Outcome.MATCH);
    assertThat(line(reconciliation, third).outcome()).isEqualTo(ReconciliationLine.Outcome.MATCH);
    assertThat(reconciliation.lines()).filteredOn(line -> line.outcome() == ReconciliationLine.Outcome.DIFFERENCE)
        .singleElement().satisfies(line -> {
          assertThat(line.allocationId()).isEqualTo(second.allocationId());
          assertThat(line.orderId()).isEqualTo(second.id());
          assertThat(line.providerQuantity().subtract(line.hubQuantity())).isEqualByComparingTo("0.5");
        });
    assertThat(reconciliation.caseStatus()).isEqualTo(Reconciliation.CaseStatus.OPEN);
  }

  /** Publishes a postpaid demand of {@code project}, runs it for {@code samples} half hours and releases it. */
  private Order runOrder(Project project, int samples) {
    Demand demand = demands.publish(account, new DemandDraft(ResourceKind.INTELLIGENT_GPU, 1, 240, null,
        Set.of(REGION), Set.of(), null, 0, 0, null, null, false, true, PaymentMode.POSTPAID, project), null);
    assertThat(demand.project()).isEqualTo(project);
    ProcessInstance process = runtime.createProcessInstanceQuery().processDefinitionKey("order-fulfilment")
        .processInstanceBusinessKey(demand.id()).singleResult();
    await().atMost(TIMEOUT).until(() -> demands.find(null, demand.id()).status() != DemandStatus.PUBLISHED);
    if (demands.find(null, demand.id()).status() == DemandStatus.AWAITING_CONFIRMATION) {
      await().atMost(TIMEOUT).until(() -> runtime.createEventSubscriptionQuery().processInstanceId(process.getId())
          .eventName("OfferConfirmed").count() == 1);
      demands.confirm(null, demand.id(), demands.offers(null, demand.id()).get(0).poolId());
    }
    Order order = await().atMost(TIMEOUT).until(() -> orders.forDemand(account, demand.id()).orElse(null),
        placed -> placed != null && placed.status() == OrderStatus.RUNNING && job(process, "meteringDue") != null);
    assertThat(order.project()).isEqualTo(project);
    for (int sample = 0; sample < samples; sample++) {
      clock.advance(Duration.ofMinutes(30));
      management.executeJob(job(process, "meteringDue").getId());
      await().atMost(TIMEOUT).until(() -> job(process, "meteringDue") != null);
    }
    orders.release(account, order.id(), account);
    await().atMost(TIMEOUT).until(() -> runtime.createProcessInstanceQuery().processInstanceId(process.getId())
        .count() == 0);
    return orders.find(account, order.id());
  }

  /** Completes the waiting dispute review with what the {@code bill-dispute-review} form submits. */
  private void review(String monthlyBillId, Map<String, Object> form) {
    ProcessCommands.WaitingTask task = await().atMost(TIMEOUT).until(() -> processes.waitingUserTask(
        "monthly-bill", monthlyBillId, "reviewDispute").orElse(null), Objects::nonNull);
    processes.completeUserTask(task, form);
  }

  private void awaitPayment(String monthlyBillId) {
    await().atMost(TIMEOUT).until(() -> runtime.createExecutionQuery().processInstanceBusinessKey(monthlyBillId)
        .activityId("awaitPayment").count() == 1);
  }

  private Bill bill(Order order) {
    return bills.forOrder(order.id()).orElseThrow();
  }

  private Job job(ProcessInstance process, String activityId) {
    return management.createJobQuery().processInstanceId(process.getId()).activityId(activityId).singleResult();
  }

  private List<String> passed(String businessKey) {
    String instanceId = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .processDefinitionKey("monthly-bill").singleResult().getId();
    return history.createHistoricActivityInstanceQuery().processInstanceId(instanceId)
        .orderPartiallyByOccurrence().asc().list().stream().map(HistoricActivityInstance::getActivityId).toList();
  }

  private static ReconciliationLine line(Reconciliation reconciliation, Order order) {
    return reconciliation.lines().stream().filter(line -> line.allocationId().equals(order.allocationId()))
        .findFirst().orElseThrow();
  }

  private RestClient simulator() {
    return RestClient.create("http://127.0.0.1:" + port);
  }
}
