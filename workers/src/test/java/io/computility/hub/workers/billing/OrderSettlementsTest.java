package io.computility.hub.workers.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.computility.hub.workers.MutableClock;
import io.computility.hub.workers.RecordedEvidence;
import io.computility.hub.workers.WorkersTestApplication;
import io.computility.hub.workers.metering.Meter;
import io.computility.hub.workers.wallet.Hold;
import io.computility.hub.workers.wallet.WalletBalance;
import io.computility.hub.workers.wallet.Wallets;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Settlement arithmetic with the default platform fee of 1000 basis points (10 %). */
@SpringBootTest(classes = WorkersTestApplication.class)
class OrderSettlementsTest {

  @Autowired OrderSettlements settlements;
  @Autowired Bills bills;
  @Autowired Wallets wallets;
  @Autowired PostpaidAccounts postpaid;
  @Autowired MutableClock clock;
  @Autowired RecordedEvidence evidence;

  String consumer;
  String provider;
  String orderId;

  @BeforeEach
  void newOrder() {
    consumer = "consumer-" + UUID.randomUUID();
    provider = "provider-" + UUID.randomUUID();
    orderId = "order-" + UUID.randomUUID();
  }

  private Bill bill(long totalFen) {
    return bills.issue(consumer, provider, new RatedUsage(orderId, "gpu-a100", 1, List.of(new BillLine(1,
        BillLine.Kind.USAGE, Meter.GPU_HOURS, BigDecimal.ONE, "GPU·h", totalFen, totalFen)), totalFen));
  }

  private Hold topUpAndHold(long topUp, long hold) {
    wallets.topUp(consumer, topUp, "bank-transfer", "top-up");
    return wallets.placeHold(consumer, hold, orderId, Duration.ofHours(2), "hold:" + orderId);
  }

  @Test
  void prepaidUnderTheHoldCapturesTheTotalAndReturnsTheRest() {
    Hold hold = topUpAndHold(100_000, 50_000);
    Bill bill = bill(12_345);

    SettlementOutcome outcome = settlements.settle(orderId, bill.billId(), PaymentMode.PREPAID, hold.holdId(),
        consumer, provider);

    // 10 % of 12 345 is 1 234.5 fen: half-up to 1 235.
    assertThat(outcome).isEqualTo(new SettlementOutcome(bill.billId(), Bill.Status.SETTLED, 12_345, 11_110, 1_235,
        0));
    assertThat(wallets.balance(consumer)).isEqualTo(new WalletBalance(consumer, 100_000 - 12_345, 0, "CNY"));
    assertThat(wallets.providerPayable(provider)).isEqualTo(11_110);
    Bill settled = bills.find(bill.billId());
    assertThat(settled.paymentMode()).isEqualTo(PaymentMode.PREPAID);
    assertThat(settled.paidAt()).isNotNull();
    assertThat(settled.settledAt()).isNotNull();
  }

  @Test
  void prepaidOverTheHoldChargesTheRestFromTheWallet() {
    Hold hold = topUpAndHold(100_000, 50_000);
    Bill bill = bill(70_000);

    SettlementOutcome outcome = settlements.settle(orderId, bill.billId(), PaymentMode.PREPAID, hold.holdId(),
        consumer, provider);

    assertThat(outcome).isEqualTo(new SettlementOutcome(bill.billId(), Bill.Status.SETTLED, 70_000, 63_000, 7_000,
        0));
    assertThat(wallets.balance(consumer)).isEqualTo(new WalletBalance(consumer, 30_000, 0, "CNY"));
    assertThat(wallets.hold(hold.holdId()).capturedAmount()).isEqualTo(50_000);
  }

  @Test
  void aShortWalletPaysWhatItHasAndTheRestStaysUnpaid() {
    Hold hold = topUpAndHold(60_000, 50_000);
    Bill bill = bill(75_000);

    SettlementOutcome outcome = settlements.settle(orderId, bill.billId(), PaymentMode.PREPAID, hold.holdId(),
        consumer, provider);

    assertThat(outcome).isEqualTo(new SettlementOutcome(bill.billId(), Bill.Status.PARTLY_PAID, 60_000, 54_000,
        6_000, 15_000));
    assertThat(wallets.balance(consumer)).isEqualTo(new WalletBalance(consumer, 0, 0, "CNY"));
    assertThat(bills.find(bill.billId()).unpaidFen()).isEqualTo(15_000);
  }

  @Test
  void settlingAgainMovesNoMoreMoney() {
    Hold hold = topUpAndHold(100_000, 50_000);
    Bill bill = bill(70_000);
    SettlementOutcome first = settlements.settle(orderId, bill.billId(), PaymentMode.PREPAID, hold.holdId(),
        consumer, provider);
    wallets.topUp(consumer, 5_000, "bank-transfer", "top-up-2");

    SettlementOutcome again = settlements.settle(orderId, bill.billId(), PaymentMode.PREPAID, hold.holdId(),
        consumer, provider);

    assertThat(again).isEqualTo(first);
    assertThat(wallets.balance(consumer).available()).isEqualTo(35_000);
    assertThat(wallets.providerPayable(provider)).isEqualTo(63_000);
    assertThat(evidence.of(bill.billId())).extracting(RecordedEvidence.Entry::kind)
        .containsExactly("bill.issued", "bill.settled");
    assertThat(evidence.of(bill.billId()).get(1).facts()).containsEntry("collectedFen", 70_000L)
        .containsEntry("providerShareFen", 63_000L).containsEntry("platformFeeFen", 7_000L)
        .containsEntry("status", "SETTLED");
  }

  @Test
  void concurrentSettlementsOfOneOrderCollectOnce() throws Exception {
    Hold hold = topUpAndHold(100_000, 50_000);
    Bill bill = bill(70_000);
    List<Callable<SettlementOutcome>> calls = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      calls.add(() -> settlements.settle(orderId, bill.billId(), PaymentMode.PREPAID, hold.holdId(), consumer,
          provider));
    }
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    try {
      for (Future<SettlementOutcome> future : pool.invokeAll(calls)) {
        future.get();
      }
    } finally {
      pool.shutdown();
    }

    assertThat(settlements.settle(orderId, bill.billId(), PaymentMode.PREPAID, hold.holdId(), consumer, provider))
        .isEqualTo(new SettlementOutcome(bill.billId(), Bill.Status.SETTLED, 70_000, 63_000, 7_000, 0));
    assertThat(wallets.balance(consumer)).isEqualTo(new WalletBalance(consumer, 30_000, 0, "CNY"));
    assertThat(wallets.providerPayable(provider)).isEqualTo(63_000);
  }

  @Test
  void anExpiredHoldCountsAsNoHoldAndTheWalletPays() {
    wallets.topUp(consumer, 20_000, "bank-transfer", "top-up");
    Hold hold = wallets.placeHold(consumer, 10_000, orderId, Duration.ofMinutes(5), "hold:" + orderId);
    clock.advance(Duration.ofMinutes(6));
    wallets.expireDueHolds();
    Bill bill = bill(8_000);

    SettlementOutcome outcome = settlements.settle(orderId, bill.billId(), PaymentMode.PREPAID, hold.holdId(),
        consumer, provider);

    assertThat(outcome.collectedFen()).isEqualTo(8_000);
    assertThat(outcome.unpaidFen()).isZero();
    assertThat(wallets.balance(consumer)).isEqualTo(new WalletBalance(consumer, 12_000, 0, "CNY"));
  }

  @Test
  void postpaidPostsTheTotalAndSettlesTheProviderAtOnce() {
    Bill bill = bill(9_999);

    SettlementOutcome outcome = settlements.settle(orderId, bill.billId(), PaymentMode.POSTPAID, null, consumer,
        provider);

    // 10 % of 9 999 is 999.9 fen: 1 000.
    assertThat(outcome).isEqualTo(new SettlementOutcome(bill.billId(), Bill.Status.SETTLED, 9_999, 8_999, 1_000,
        0));
    assertThat(postpaid.outstanding(consumer)).isEqualTo(9_999);
    assertThat(wallets.providerPayable(provider)).isEqualTo(8_999);
    settlements.settle(orderId, bill.billId(), PaymentMode.POSTPAID, null, consumer, provider);
    assertThat(postpaid.outstanding(consumer)).isEqualTo(9_999);
  }

  @Test
  void aBillOfAnotherOrderIsRefused() {
    Bill bill = bill(100);

    assertThatThrownBy(() -> settlements.settle("other-order", bill.billId(),
            PaymentMode.POSTPAID, null, consumer, provider))
        .isInstanceOfSatisfying(BillingProblem.Invalid.class,
            problem -> assertThat(problem.getBody().getProperties()).containsEntry("field", "billId"));
  }
}
