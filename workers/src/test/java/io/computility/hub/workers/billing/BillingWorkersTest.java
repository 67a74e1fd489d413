package io.computility.hub.workers.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.WorkersTestApplication;
import io.computility.hub.workers.metering.Meter;
import io.computility.hub.workers.metering.UsageMeter;
import io.computility.hub.workers.metering.UsageReader;
import io.computility.hub.workers.metering.UsageReading;
import io.computility.hub.workers.wallet.Hold;
import io.computility.hub.workers.wallet.WalletBalance;
import io.computility.hub.workers.wallet.Wallets;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;

/** Each money topic through its {@code work(WorkItem)}, on the real services and MariaDB. */
@SpringBootTest(classes = WorkersTestApplication.class)
class BillingWorkersTest {

  @Autowired PaymentAuthorisationWorker authorisation;
  @Autowired PaymentVoidWorker voiding;
  @Autowired UsageMeteringWorker metering;
  @Autowired RatingAndBillingWorker billing;
  @Autowired SettlementWorker settlement;
  @Autowired ScriptedUsageReader provider;
  @Autowired Wallets wallets;
  @Autowired PricePlans plans;
  @Autowired PostpaidAccounts postpaid;
  @Autowired UsageMeter meter;
  @Autowired Bills bills;
  @Autowired Rating rating;
  @Autowired BillingProperties properties;

  String consumer;
  String orderId;
  String allocationId;
  String productId;
  Instant now;

  @BeforeEach
  void newOrder() {
    consumer = "consumer-" + UUID.randomUUID();
    orderId = "order-" + UUID.randomUUID();
    allocationId = "alloc-" + UUID.randomUUID();
    productId = "gpu-" + UUID.randomUUID();
    now = Instant.parse("2026-11-27T10:00:00Z");
  }

  private static WorkItem task(String activityId, Map<String, Object> variables) {
    return new WorkItem("task-" + UUID.randomUUID(), "process-1", "demand-1", activityId, 3, variables);
  }

  private static Map<String, Object> completed(WorkResult result) {
    assertThat(result).isInstanceOf(WorkResult.Completed.class);
    return ((WorkResult.Completed) result).variables();
  }

  private Map<String, Object> prepaidOrder(long estimate) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("orderId", orderId);
    variables.put("consumerId", consumer);
    variables.put("paymentMode", "PREPAID");
    variables.put("estimatedCostFen", estimate);
    return variables;
  }

  private UsageReading gpuHours(String cumulative, int minutes) {
    return new UsageReading(allocationId, Map.of(Meter.GPU_HOURS, new BigDecimal(cumulative)),
        now.plusSeconds(60L * minutes));
  }

  private Map<String, Object> meteringVariables(String paymentMode, String holdId, int planVersion) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("orderId", orderId);
    variables.put("allocationId", allocationId);
    variables.put("productId", productId);
    variables.put("planVersion", planVersion);
    variables.put("paymentMode", paymentMode);
    variables.put("consumerId", consumer);
    if (holdId != null) {
      variables.put("holdId", holdId);
    }
    return variables;
  }

  @Test
  void authorisationHoldsTheEstimateUntilTheBookedEndAndOnlyOnce() {
    wallets.topUp(consumer, 50_000, "bank-transfer", "top-up");
    Map<String, Object> variables = prepaidOrder(20_000);
    Instant bookedEnd = Instant.now().plus(Duration.ofHours(4));
    variables.put("bookedEnd", bookedEnd.toString());

    String holdId = (String) completed(authorisation.work(task("authorisePayment", variables))).get("holdId");
    String again = (String) completed(authorisation.work(task("authorisePayment", variables))).get("holdId");

    assertThat(again).isEqualTo(holdId);
    Hold hold = wallets.hold(holdId);
    assertThat(hold.amount()).isEqualTo(20_000);
    assertThat(hold.reference()).isEqualTo(orderId);
    assertThat(hold.expiresAt()).isAfter(bookedEnd.plus(properties.holdMargin()).minusSeconds(600));
    assertThat(wallets.balance(consumer)).isEqualTo(new WalletBalance(consumer, 30_000, 20_000, "CNY"));
  }

  @Test
  void authorisationFailsCleanlyAsBpmnErrors() {
    wallets.topUp(consumer, 1_000, "bank-transfer", "top-up");
    assertThat(authorisation.work(task("authorisePayment", prepaidOrder(1_001))))
        .isInstanceOfSatisfying(WorkResult.BpmnError.class,
            error -> assertThat(error.code()).isEqualTo("INSUFFICIENT_BALANCE"));
    assertThat(wallets.balance(consumer).available()).isEqualTo(1_000);

    postpaid.setCreditLimit(consumer, 5_000, "operator");
    Map<String, Object> credit = prepaidOrder(5_001);
    credit.put("paymentMode", "POSTPAID");
    assertThat(authorisation.work(task("authorisePayment", credit)))
        .isInstanceOfSatisfying(WorkResult.BpmnError.class,
            error -> assertThat(error.code()).isEqualTo("CREDIT_LIMIT_EXCEEDED"));
    credit.put("estimatedCostFen", 5_000L);
    assertThat(completed(authorisation.work(task("authorisePayment", credit)))).doesNotContainKey("holdId");
  }

  @Test
  void voidReturnsTheHoldAndIsHarmlessWhenRepeatedOrWithoutHold() {
    wallets.topUp(consumer, 10_000, "bank-transfer", "top-up");
    String holdId = (String) completed(authorisation.work(task("authorisePayment", prepaidOrder(4_000))))
        .get("holdId");

    completed(voiding.work(task("voidPayment", Map.of("holdId", holdId))));
    completed(voiding.work(task("voidPayment", Map.of("holdId", holdId))));
    completed(voiding.work(task("voidPayment", Map.of())));

    assertThat(wallets.hold(holdId).status()).isEqualTo(Hold.Status.VOIDED);
    assertThat(wallets.balance(consumer)).isEqualTo(new WalletBalance(consumer, 10_000, 0, "CNY"));
  }

  @Test
  void meteringRatesUsageSoFarAndWatchesThePrepaidBalance() {
    wallets.topUp(consumer, 10_000, "bank-transfer", "top-up");
    String holdId = (String) completed(authorisation.work(task("authorisePayment", prepaidOrder(10_000))))
        .get("holdId");
    int version = plans.ensure(productId, Map.of(Meter.GPU_HOURS, 2_000L, Meter.NETWORK_GB, 80L)).version();
    provider.willReturn(gpuHours("1", 10), gpuHours("1", 10), gpuHours("4.5", 20), gpuHours("5.25", 30));
    Map<String, Object> variables = meteringVariables("PREPAID", holdId, version);

    // Remaining = hold 10 000 + available 0 − accrued; LOW below 2 000 (20 % of the hold).
    assertThat(completed(metering.work(task("meterUsage", variables))))
        .containsEntry("accruedCostFen", 2_000L).containsEntry("balanceState", "OK");
    assertThat(completed(metering.work(task("meterUsage", variables))))
        .as("a repeated sample counts once").containsEntry("accruedCostFen", 2_000L);
    assertThat(completed(metering.work(task("meterUsage", variables))))
        .containsEntry("accruedCostFen", 9_000L).containsEntry("balanceState", "LOW");
    assertThat(completed(metering.work(task("meterUsage", variables))))
        .containsEntry("accruedCostFen", 10_500L).containsEntry("balanceState", "EXHAUSTED");
  }

  @Test
  void meteringWatchesTheCreditLimitOfPostpaidOrders() {
    postpaid.setCreditLimit(consumer, 10_000, "operator");
    postpaid.post(consumer, 7_000, "earlier-order", "post:earlier-" + orderId);
    int version = plans.ensure(productId, Map.of(Meter.GPU_HOURS, 1_000L)).version();
    provider.willReturn(gpuHours("1", 10));

    // Remaining = 10 000 − 7 000 owed − 1 000 accrued = 2 000: not below 20 % of the limit.
    assertThat(completed(metering.work(task("meterUsage", meteringVariables("POSTPAID", null, version)))))
        .containsEntry("accruedCostFen", 1_000L).containsEntry("balanceState", "OK");
    provider.willReturn(gpuHours("1.5", 20));
    assertThat(completed(metering.work(task("meterUsage", meteringVariables("POSTPAID", null, version)))))
        .containsEntry("accruedCostFen", 1_500L).containsEntry("balanceState", "LOW");
  }

  @Test
  void anUnreachableProviderOrAMissingReaderFailsTheTaskAndRecordsNothing() {
    int version = plans.ensure(productId, Map.of(Meter.GPU_HOURS, 1_000L)).version();
    provider.willBeUnreachable(allocationId);

    assertThat(metering.work(task("meterUsage", meteringVariables("POSTPAID", null, version))))
        .isInstanceOfSatisfying(WorkResult.Failed.class,
            failed -> assertThat(failed.message()).contains(allocationId, "Connection refused"));
    assertThat(meter.records(orderId)).isEmpty();

    UsageMeteringWorker unwired = new UsageMeteringWorker(new UsageAccrual(
        new StaticListableBeanFactory().getBeanProvider(UsageReader.class), meter, plans, rating, wallets, postpaid,
        properties), Clock.systemUTC());
    assertThat(unwired.work(task("meterUsage", meteringVariables("POSTPAID", null, version))))
        .isInstanceOfSatisfying(WorkResult.Failed.class,
            failed -> assertThat(failed.message()).contains("not wired"));
  }

  @Test
  void fromAuthorisationToSettlementEveryNumberAddsUp() {
    wallets.topUp(consumer, 100_000, "bank-transfer", "top-up");
    String providerId = "provider-" + UUID.randomUUID();
    int version = plans.ensure(productId, Map.of(Meter.GPU_HOURS, 2_000L, Meter.NETWORK_GB, 80L)).version();
    String holdId = (String) completed(authorisation.work(task("authorisePayment", prepaidOrder(30_000))))
        .get("holdId");
    provider.willReturn(new UsageReading(allocationId, Map.of(Meter.GPU_HOURS, new BigDecimal("2.000001"),
        Meter.NETWORK_GB, new BigDecimal("10.5")), now.plusSeconds(3600)));
    completed(metering.work(task("meterUsage", meteringVariables("PREPAID", holdId, version))));
    Map<String, Object> order = new HashMap<>(Map.of("orderId", orderId, "consumerId", consumer,
        "providerId", providerId, "productId", productId, "planVersion", version));

    Map<String, Object> billed = completed(billing.work(task("rateAndBill", order)));
    Map<String, Object> billedAgain = completed(billing.work(task("rateAndBill", order)));

    // 2.000001 GPU·h × 2 000 = 4 000.002 → 4 000 fen; 10.5 GB × 80 = 840 fen.
    assertThat(billed).containsEntry("billTotalFen", 4_840L);
    assertThat(billedAgain).isEqualTo(billed);
    String billId = (String) billed.get("billId");
    assertThat(bills.find(billId).planVersion()).isEqualTo(version);

    Map<String, Object> settle = Map.of("orderId", orderId, "billId", billId, "paymentMode", "PREPAID",
        "holdId", holdId, "consumerId", consumer, "providerId", providerId);
    Map<String, Object> settled = completed(settlement.work(task("settle", settle)));

    // 10 % of 4 840 = 484.
    assertThat(settled).containsEntry("capturedFen", 4_840L).containsEntry("providerShareFen", 4_356L)
        .containsEntry("platformFeeFen", 484L).containsEntry("unpaidFen", 0L);
    assertThat(completed(settlement.work(task("settle", settle)))).isEqualTo(settled);
    assertThat(wallets.balance(consumer)).isEqualTo(new WalletBalance(consumer, 100_000 - 4_840, 0, "CNY"));
    assertThat(wallets.providerPayable(providerId)).isEqualTo(4_356);
    assertThat(bills.find(billId).status()).isEqualTo(Bill.Status.SETTLED);
  }
}
