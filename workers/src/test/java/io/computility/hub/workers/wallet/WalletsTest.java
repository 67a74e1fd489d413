package io.computility.hub.workers.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.computility.hub.workers.MutableClock;
import io.computility.hub.workers.WorkersTestApplication;
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

@SpringBootTest(classes = WorkersTestApplication.class)
class WalletsTest {

  @Autowired Wallets wallets;
  @Autowired WalletMapper ledger;
  @Autowired MutableClock clock;

  String owner;

  @BeforeEach
  void newCustomer() {
    owner = "consumer-" + UUID.randomUUID();
  }

  @Test
  void aTopUpIsCreditedOnceHoweverOftenItIsRepeated() {
    WalletTransaction first = wallets.topUp(owner, 50_000, "alipay-2026112700001", "top-up-1");
    WalletTransaction again = wallets.topUp(owner, 50_000, "alipay-2026112700001", "top-up-1");

    assertThat(again.transactionId()).isEqualTo(first.transactionId());
    assertThat(wallets.balance(owner)).isEqualTo(new WalletBalance(owner, 50_000, 0, "CNY"));
    assertThat(wallets.transactions(owner, 0, 10)).extracting(WalletTransaction::kind)
        .containsExactly(WalletTransaction.Kind.TOP_UP);
  }

  @Test
  void aHoldBeyondTheBalanceIsRefusedAndChangesNothing() {
    wallets.topUp(owner, 10_000, "bank-transfer", "top-up");

    assertThatThrownBy(() -> wallets.placeHold(owner, 10_001, "order-1", Duration.ofHours(1), "hold-1"))
        .isInstanceOfSatisfying(WalletProblem.class, problem -> {
          assertThat(problem.code()).isEqualTo("INSUFFICIENT_BALANCE");
          assertThat(problem.getBody().getProperties()).containsEntry("field", "amount")
              .containsEntry("available", 10_000L);
        });
    assertThat(wallets.balance(owner)).isEqualTo(new WalletBalance(owner, 10_000, 0, "CNY"));
    assertThat(wallets.holds(owner)).isEmpty();
  }

  @Test
  void captureTakesWhatWasDeliveredReturnsTheRestAndSettlementSplitsIt() {
    wallets.topUp(owner, 100_000, "bank-transfer", "top-up");
    Hold hold = wallets.placeHold(owner, 80_000, "order-7", Duration.ofDays(1), "hold");
    assertThat(wallets.balance(owner)).isEqualTo(new WalletBalance(owner, 20_000, 80_000, "CNY"));
    String provider = "provider-" + UUID.randomUUID();
    long payableBefore = wallets.providerPayable(provider);
    long revenueBefore = wallets.platformRevenue();

    wallets.capture(hold.holdId(), 12_345, "capture");
    Settlement settlement = wallets.settle("order-7", provider, 12_345, 500, "settle-" + owner);

    assertThat(wallets.balance(owner)).isEqualTo(new WalletBalance(owner, 100_000 - 12_345, 0, "CNY"));
    assertThat(wallets.hold(hold.holdId()).status()).isEqualTo(Hold.Status.CAPTURED);
    assertThat(wallets.hold(hold.holdId()).capturedAmount()).isEqualTo(12_345);
    // 5 % of 12 345 fen is 617.25 fen: rounded half-up to 617.
    assertThat(settlement.platformFee()).isEqualTo(617);
    assertThat(settlement.providerShare()).isEqualTo(11_728);
    assertThat(wallets.providerPayable(provider) - payableBefore).isEqualTo(11_728);
    assertThat(wallets.platformRevenue() - revenueBefore).isEqualTo(617);
    assertThat(wallets.settle("order-7", provider, 12_345, 500, "settle-" + owner).transactionId())
        .isEqualTo(settlement.transactionId());
  }

  @Test
  void aVoidedHoldReturnsEverythingAndCannotBeClosedTwice() {
    wallets.topUp(owner, 30_000, "bank-transfer", "top-up");
    Hold hold = wallets.placeHold(owner, 30_000, "order-8", Duration.ofHours(2), "hold");

    WalletTransaction voided = wallets.voidHold(hold.holdId(), "void");

    assertThat(wallets.voidHold(hold.holdId(), "void").transactionId()).isEqualTo(voided.transactionId());
    assertThat(wallets.balance(owner)).isEqualTo(new WalletBalance(owner, 30_000, 0, "CNY"));
    assertThatThrownBy(() -> wallets.capture(hold.holdId(), 1, "late-capture"))
        .isInstanceOfSatisfying(WalletProblem.class, problem -> assertThat(problem.code()).isEqualTo("HOLD_CLOSED"));
    assertThatThrownBy(() -> wallets.capture("no-such-hold", 1, "x"))
        .isInstanceOfSatisfying(WalletProblem.class, problem -> assertThat(problem.code()).isEqualTo("UNKNOWN_HOLD"));
  }

  @Test
  void aHoldThatRunsOutOfTimeGoesBackToTheWallet() {
    wallets.topUp(owner, 5_000, "bank-transfer", "top-up");
    Hold hold = wallets.placeHold(owner, 4_000, "order-9", Duration.ofMinutes(30), "hold");

    clock.advance(Duration.ofMinutes(31));
    wallets.expireDueHolds();

    assertThat(wallets.hold(hold.holdId()).status()).isEqualTo(Hold.Status.EXPIRED);
    assertThat(wallets.balance(owner)).isEqualTo(new WalletBalance(owner, 5_000, 0, "CNY"));
    assertThat(wallets.transactions(owner, 0, 10)).extracting(WalletTransaction::kind)
        .contains(WalletTransaction.Kind.EXPIRE);
  }

  @Test
  void concurrentHoldsNeverSpendMoreThanTheBalance() throws Exception {
    wallets.topUp(owner, 1_000, "bank-transfer", "top-up");
    List<Callable<Boolean>> attempts = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String key = "hold-" + i;
      attempts.add(() -> {
        try {
          wallets.placeHold(owner, 100, "order-" + key, Duration.ofHours(1), key);
          return true;
        } catch (WalletProblem refused) {
          return false;
        }
      });
    }

    long succeeded = runConcurrently(attempts).stream().filter(Boolean::booleanValue).count();

    assertThat(succeeded).isEqualTo(10);
    assertThat(wallets.balance(owner)).isEqualTo(new WalletBalance(owner, 0, 1_000, "CNY"));
  }

  @Test
  void concurrentRepeatsOfOneCallMoveMoneyOnce() throws Exception {
    List<Callable<String>> repeats = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      repeats.add(() -> wallets.topUp(owner, 700, "payment-42", "same-key").transactionId());
    }

    List<String> transactionIds = runConcurrently(repeats);

    assertThat(transactionIds).hasSize(8).containsOnly(transactionIds.get(0));
    assertThat(wallets.balance(owner).available()).isEqualTo(700);
  }

  @Test
  void aChargeTakesAtMostWhatIsAvailableAndOnlyOnce() {
    wallets.topUp(owner, 3_000, "bank-transfer", "top-up");

    WalletTransaction charge = wallets.charge(owner, 5_000, "order-11", "charge:order-11");
    wallets.topUp(owner, 9_000, "bank-transfer", "top-up-2");
    WalletTransaction again = wallets.charge(owner, 5_000, "order-11", "charge:order-11");

    assertThat(charge.kind()).isEqualTo(WalletTransaction.Kind.CHARGE);
    assertThat(charge.amount()).isEqualTo(3_000);
    assertThat(again).isEqualTo(charge);
    assertThat(wallets.balance(owner).available()).isEqualTo(9_000);
    assertThat(ledger.entrySum(charge.transactionId())).isZero();
  }

  @Test
  void postpaidChargesAreOwedUntilPaid() {
    WalletTransaction posted = wallets.postReceivable(owner, 4_000, "order-12", "post:order-12");
    wallets.receivePayment(owner, 1_500, "bank-transfer", "pay-1");

    assertThat(wallets.outstanding(owner)).isEqualTo(2_500);
    assertThat(ledger.entrySum(posted.transactionId())).isZero();
    assertThat(wallets.balance(owner)).isEqualTo(new WalletBalance(owner, 0, 0, "CNY"));
  }

  @Test
  void everyTransactionBalancesAndEveryAccountIsTheSumOfItsEntries() {
    wallets.topUp(owner, 9_000, "bank-transfer", "top-up");
    Hold hold = wallets.placeHold(owner, 6_000, "order-10", Duration.ofHours(1), "hold");
    WalletTransaction capture = wallets.capture(hold.holdId(), 2_500, "capture");

    assertThat(ledger.entrySum(capture.transactionId())).isZero();
    assertThat(ledger.sumOfAllBalances()).isZero();
    assertThat(ledger.entriesOf("wallet:" + owner)).isEqualTo(ledger.balance("wallet:" + owner)).isEqualTo(6_500);
  }

  private static <T> List<T> runConcurrently(List<Callable<T>> calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    try {
      List<T> results = new ArrayList<>();
      for (Future<T> future : pool.invokeAll(calls)) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdown();
    }
  }
}
