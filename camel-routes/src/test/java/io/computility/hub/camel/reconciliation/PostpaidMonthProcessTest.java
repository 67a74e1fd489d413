package io.computility.hub.camel.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.computility.hub.camel.onboarding.OnboardingProcessTest;
import io.computility.hub.camel.resource.Provider;
import io.computility.hub.camel.resource.ResourceInventory;
import io.computility.hub.workers.billing.Bill;
import io.computility.hub.workers.billing.BillLine;
import io.computility.hub.workers.billing.Bills;
import io.computility.hub.workers.billing.OrderSettlements;
import io.computility.hub.workers.billing.PaymentMode;
import io.computility.hub.workers.billing.RatedUsage;
import io.computility.hub.workers.billing.cycle.BillingCycleProperties;
import io.computility.hub.workers.billing.cycle.Grouping;
import io.computility.hub.workers.billing.cycle.MonthlyBill;
import io.computility.hub.workers.billing.cycle.MonthlyBillCommands;
import io.computility.hub.workers.billing.cycle.MonthlyBillCsv;
import io.computility.hub.workers.billing.cycle.MonthlyBills;
import io.computility.hub.workers.billing.reconciliation.Reconciliation;
import io.computility.hub.workers.billing.reconciliation.ReconciliationLine;
import io.computility.hub.workers.billing.reconciliation.Reconciliations;
import io.computility.hub.workers.billing.statement.ProviderStatement;
import io.computility.hub.workers.billing.statement.ProviderStatements;
import io.computility.hub.workers.billing.statement.StatementLine;
import io.computility.hub.workers.metering.Meter;
import io.computility.hub.workers.metering.UsageMeter;
import io.computility.hub.workers.metering.UsageReading;
import io.computility.hub.workers.wallet.Wallets;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.history.HistoricActivityInstance;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;

/**
 * A postpaid month end to end: three delivered orders on a simulated provider, one billed on its own and two
 * merged, the merged bill disputed and credited, both paid from the wallet and settled by the {@code
 * billing-cycle} and {@code monthly-bill} processes; the provider's statement prepared and paid, and its usage
 * statement reconciled with one seeded difference found. The test plays the order lifecycle (allocation, metering,
 * rating) and the account and operator.
 */
@OnboardingProcessTest
class PostpaidMonthProcessTest {

  static final Duration TIMEOUT = Duration.ofSeconds(90);
  static final String PROVIDER = "sim-bj-cloud";
  static final String FLAVOR = "g8.a800x8";

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired ResourceInventory inventory;
  @Autowired UsageMeter meter;
  @Autowired Bills bills;
  @Autowired OrderSettlements settlements;
  @Autowired Wallets wallets;
  @Autowired MonthlyBills monthlyBills;
  @Autowired MonthlyBillCommands commands;
  @Autowired MonthlyBillCsv csv;
  @Autowired ProviderStatements statements;
  @Autowired UsageStatementReconciler reconciler;
  @Autowired Reconciliations reconciliations;
  @Autowired BillingCycleProperties cycle;
  @Autowired Clock clock;

  final String account = "account-" + UUID.randomUUID();

  record Delivered(String orderId, String allocationId, Bill bill) {
  }

  @Test
  void threeOrdersOneSplitTwoMergedOneDisputedAllPaidAndTheProviderReconciled() {
    // Given three postpaid orders delivered on the simulated provider, metered and billed
    Provider provider = await().atMost(TIMEOUT).until(() -> inventory.provider(PROVIDER).orElse(null),
        found -> found != null && found.baseUrl() != null);
    RestClient simulator = RestClient.create(provider.baseUrl());
    YearMonth period = YearMonth.from(clock.instant().atZone(cycle.zone()));
    List<Delivered> orders = new ArrayList<>();
    for (long amount : new long[] {10_000, 20_000, 30_000}) {
      orders.add(deliver(simulator, amount));
    }

    // When the provider's usage statement, with one line skewed, is pulled and reconciled
    simulator.post().uri("/usage-statement/_skew")
        .body(Map.of("allocationId", orders.get(1).allocationId(), "delta", new BigDecimal("0.5")))
        .retrieve().toBodilessEntity();
    Reconciliation reconciliation = reconciler.reconcile(PROVIDER, period);

    // Then the two others match and the skewed one is a difference in an open case
    assertThat(outcomeOf(reconciliation, orders.get(0))).isEqualTo(ReconciliationLine.Outcome.MATCH);
    assertThat(outcomeOf(reconciliation, orders.get(2))).isEqualTo(ReconciliationLine.Outcome.MATCH);
    ReconciliationLine skewed = line(reconciliation, orders.get(1));
    assertThat(skewed.outcome()).isEqualTo(ReconciliationLine.Outcome.DIFFERENCE);
    assertThat(skewed.orderId()).isEqualTo(orders.get(1).orderId());
    assertThat(skewed.providerQuantity().subtract(skewed.hubQuantity())).isBetween(new BigDecimal("0.49"),
        new BigDecimal("0.51"));
    assertThat(reconciliation.caseStatus()).isEqualTo(Reconciliation.CaseStatus.OPEN);
    assertThat(reconciliations.openCases()).extracting(Reconciliation::reconciliationId)
        .contains(reconciliation.reconciliationId());

    // When the operator runs the month's cycle for the account, the third order billed on its own
    wallets.topUp(account, 100_000, "bank-transfer", "top-up:" + account);
    String cycleId = commands.startCycle(period, account, Grouping.MERGE, List.of(orders.get(2).orderId()));
    List<ProcessInstance> bills = await().atMost(TIMEOUT).until(() -> runtime.createProcessInstanceQuery()
        .superProcessInstanceId(cycleId).list(), found -> found.size() == 2);
    bills.forEach(bill -> awaitPaymentOf(bill.getBusinessKey()));
    MonthlyBill merged = bills.stream().map(bill -> monthlyBills.find(bill.getBusinessKey()))
        .filter(bill -> bill.items().size() == 2).findFirst().orElseThrow();
    MonthlyBill split = bills.stream().map(bill -> monthlyBills.find(bill.getBusinessKey()))
        .filter(bill -> bill.items().size() == 1).findFirst().orElseThrow();

    // Then one bill merges the first two orders and one holds the third, both issued
    assertThat(merged.items()).extracting(MonthlyBill.Item::orderId)
        .containsExactlyInAnyOrder(orders.get(0).orderId(), orders.get(1).orderId());
    assertThat(merged.totalFen()).isEqualTo(30_000);
    assertThat(split.items()).extracting(MonthlyBill.Item::orderId).containsExactly(orders.get(2).orderId());
    assertThat(List.of(merged.status(), split.status())).containsOnly(MonthlyBill.Status.ISSUED);

    // When the account disputes the merged bill and the operator credits 20 CNY of the first order
    commands.dispute(merged.monthlyBillId(), "GPU idle for two hours");
    assertThat(monthlyBills.find(merged.monthlyBillId()).status()).isEqualTo(MonthlyBill.Status.DISPUTED);
    Task review = await().atMost(TIMEOUT).until(() -> tasks.createTaskQuery()
        .processInstanceBusinessKey(merged.monthlyBillId()).taskDefinitionKey("reviewDispute").singleResult(),
        task -> task != null);
    tasks.complete(review.getId(), Map.of("disputeDecision", "ACCEPT", "creditBillId",
        orders.get(0).bill().billId(), "creditFen", 2_000L, "disputeComment", "idle GPU hours"));
    awaitPaymentOf(merged.monthlyBillId());
    assertThat(monthlyBills.find(merged.monthlyBillId()).status()).isEqualTo(MonthlyBill.Status.ADJUSTED);

    // And pays both bills from the wallet
    commands.requestPayment(merged.monthlyBillId());
    commands.requestPayment(split.monthlyBillId());

    // Then the cycle ends with both bills settled, the merged one paid net of its credit note
    await().atMost(TIMEOUT).until(() -> runtime.createProcessInstanceQuery().processInstanceId(cycleId).count() == 0);
    MonthlyBill mergedSettled = monthlyBills.find(merged.monthlyBillId());
    assertThat(mergedSettled.status()).isEqualTo(MonthlyBill.Status.SETTLED);
    assertThat(mergedSettled.creditFen()).isEqualTo(-2_000);
    assertThat(mergedSettled.payableFen()).isEqualTo(28_000);
    assertThat(monthlyBills.find(split.monthlyBillId()).status()).isEqualTo(MonthlyBill.Status.SETTLED);
    assertThat(wallets.balance(account).available()).isEqualTo(100_000 - 28_000 - 30_000);
    assertThat(wallets.outstanding(account)).isZero();
    assertThat(activitiesOf(merged.monthlyBillId())).containsSubsequence("issueBill", "awaitPayment",
        "billDisputed", "reviewDispute", "issueCreditNote", "awaitPayment", "payFromWallet", "settleBill",
        "billSettled");
    assertThat(csv.export(merged.monthlyBillId())).contains(",CREDIT_NOTE,idle GPU hours,,,,-2000\r\n")
        .contains(",PAYABLE,,,,,28000\r\n");

    // And the provider's statement traces its figures to the bill lines and the credit note
    ProviderStatement statement = statements.prepare(PROVIDER, period);
    List<String> ourBills = orders.stream().map(order -> order.bill().billId()).toList();
    assertThat(statement.lines().stream().filter(line -> line.kind() == StatementLine.Kind.SALE
        && ourBills.contains(line.billId())).mapToLong(StatementLine::amountFen).sum()).isEqualTo(60_000);
    assertThat(statement.lines()).filteredOn(line -> line.kind() == StatementLine.Kind.CREDIT
        && line.billId().equals(orders.get(0).bill().billId())).singleElement()
        .satisfies(line -> assertThat(line.amountFen()).isEqualTo(-2_000));
    assertThat(statement.figures().grossSalesFen() - statement.figures().creditsFen()
        - statement.figures().platformFeeFen()).isEqualTo(statement.figures().netPayableFen());
    assertThat(statements.markPaid(statement.statementId(), "operator-1").status())
        .isEqualTo(ProviderStatement.Status.PAID);
  }

  /** Allocates one GPU on the simulator, meters it as the hub would, and bills it postpaid. */
  private Delivered deliver(RestClient simulator, long amountFen) {
    String orderId = "order-" + UUID.randomUUID();
    Map<String, Map<String, Object>> created = simulator.post().uri("/v2.1/servers")
        .body(Map.of("server", Map.of("name", orderId, "flavorRef", FLAVOR, "min_count", 1)))
        .retrieve().body(new ParameterizedTypeReference<>() { });
    String allocationId = (String) created.get("server").get("id");
    Map<String, Map<String, Object>> usage = simulator.get().uri("/v2.1/servers/{id}/usage", allocationId)
        .retrieve().body(new ParameterizedTypeReference<>() { });
    BigDecimal gpuHours = new BigDecimal(usage.get("usage").get("unit_hours").toString());
    meter.record(orderId, new UsageReading(allocationId, Map.of(Meter.GPU_HOURS, gpuHours), clock.instant()));
    Bill bill = bills.issue(account, PROVIDER, new RatedUsage(orderId, FLAVOR, 1, List.of(new BillLine(1,
        BillLine.Kind.USAGE, Meter.GPU_HOURS, BigDecimal.ONE, "GPU·h", amountFen, amountFen)), amountFen));
    settlements.settle(orderId, bill.billId(), PaymentMode.POSTPAID, null, account, PROVIDER);
    return new Delivered(orderId, allocationId, bill);
  }

  private void awaitPaymentOf(String monthlyBillId) {
    await().atMost(TIMEOUT).until(() -> runtime.createExecutionQuery().processInstanceBusinessKey(monthlyBillId)
        .activityId("awaitPayment").count() == 1);
  }

  private List<String> activitiesOf(String monthlyBillId) {
    String instanceId = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(monthlyBillId)
        .singleResult().getId();
    return history.createHistoricActivityInstanceQuery().processInstanceId(instanceId)
        .orderPartiallyByOccurrence().asc().list().stream().map(HistoricActivityInstance::getActivityId).toList();
  }

  private static ReconciliationLine line(Reconciliation reconciliation, Delivered order) {
    return reconciliation.lines().stream().filter(line -> line.allocationId().equals(order.allocationId()))
        .findFirst().orElseThrow();
  }

  private static ReconciliationLine.Outcome outcomeOf(Reconciliation reconciliation, Delivered order) {
    return line(reconciliation, order).outcome();
  }
}
