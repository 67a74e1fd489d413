package io.computility.hub.workers.billing.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.computility.hub.workers.MutableClock;
import io.computility.hub.workers.WorkersTestApplication;
import io.computility.hub.workers.billing.Bill;
import io.computility.hub.workers.billing.BillLine;
import io.computility.hub.workers.billing.Bills;
import io.computility.hub.workers.billing.OrderSettlements;
import io.computility.hub.workers.billing.PaymentMode;
import io.computility.hub.workers.billing.RatedUsage;
import io.computility.hub.workers.metering.Meter;
import io.computility.hub.workers.wallet.WalletProblem;
import io.computility.hub.workers.wallet.Wallets;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Monthly bills on MariaDB: grouping, the status lifecycle, credit-note arithmetic, wallet payment, CSV. */
@SpringBootTest(classes = WorkersTestApplication.class)
class MonthlyBillsTest {

  @Autowired MonthlyBills monthlyBills;
  @Autowired MonthlyBillCsv csv;
  @Autowired Bills bills;
  @Autowired OrderSettlements settlements;
  @Autowired Wallets wallets;
  @Autowired BillingCycleProperties properties;
  @Autowired MutableClock clock;

  String account;
  String provider;
  YearMonth period;

  @BeforeEach
  void newAccount() {
    account = "account-" + UUID.randomUUID();
    provider = "provider-" + UUID.randomUUID();
    period = YearMonth.from(clock.instant().atZone(properties.zone()));
  }

  /** A delivered postpaid order: its bill issued and posted to the account's receivable. */
  private Bill postpaidOrder(long gpuHours, long unitPriceFen) {
    String orderId = "order-" + UUID.randomUUID();
    long total = gpuHours * unitPriceFen;
    Bill bill = bills.issue(account, provider, new RatedUsage(orderId, "gpu-a100", 1, List.of(new BillLine(1,
        BillLine.Kind.USAGE, Meter.GPU_HOURS, BigDecimal.valueOf(gpuHours), "GPU·h", unitPriceFen, total)), total));
    settlements.settle(orderId, bill.billId(), PaymentMode.POSTPAID, null, account, provider);
    return bills.find(bill.billId());
  }

  @Test
  void draftsMergedAndSplitBillsFromTheMonthsPostpaidOrdersOnlyOnce() {
    Bill first = postpaidOrder(2, 1_000);
    Bill second = postpaidOrder(3, 1_000);
    Bill third = postpaidOrder(1, 500);

    List<MonthlyBill> drafted = monthlyBills.draft(period, account, null, Set.of(second.orderId()));

    assertThat(drafted).hasSize(2).allSatisfy(bill -> {
      assertThat(bill.status()).isEqualTo(MonthlyBill.Status.DRAFT);
      assertThat(bill.period()).isEqualTo(period.toString());
    });
    assertThat(drafted.get(0).items()).extracting(MonthlyBill.Item::billId)
        .containsExactlyInAnyOrder(first.billId(), third.billId());
    assertThat(drafted.get(0).totalFen()).isEqualTo(2_500);
    assertThat(drafted.get(1).items()).extracting(MonthlyBill.Item::billId).containsExactly(second.billId());
    assertThat(drafted.get(1).totalFen()).isEqualTo(3_000);
    assertThat(monthlyBills.draft(period, account, null, Set.of())).isEmpty();
    assertThat(monthlyBills.draft(period.minusMonths(1), account, null, Set.of())).isEmpty();
  }

  @Test
  void theAccountsPreferenceSplitsUnlessTheOperatorSaysOtherwise() {
    postpaidOrder(1, 100);
    postpaidOrder(1, 200);
    monthlyBills.setPreference(account, Grouping.SPLIT_BY_ORDER);

    assertThat(monthlyBills.draft(period, account, null, Set.of())).hasSize(2);
    postpaidOrder(1, 300);
    postpaidOrder(1, 400);
    assertThat(monthlyBills.draft(period, account, Grouping.MERGE, Set.of())).singleElement()
        .satisfies(bill -> assertThat(bill.totalFen()).isEqualTo(700));
  }

  @Test
  void aDisputedBillIsCreditedAndPaidNetFromTheWallet() {
    Bill first = postpaidOrder(2, 1_000);
    Bill second = postpaidOrder(1, 1_500);
    MonthlyBill bill = monthlyBills.draft(period, account, Grouping.MERGE, Set.of()).get(0);
    wallets.topUp(account, 10_000, "bank-transfer", "top-up");
    assertThat(wallets.outstanding(account)).isEqualTo(3_500);

    MonthlyBill issued = monthlyBills.issue(bill.monthlyBillId());
    assertThat(issued.status()).isEqualTo(MonthlyBill.Status.ISSUED);
    assertThat(Duration.between(issued.issuedAt(), issued.dueAt())).isEqualTo(properties.paymentTerm());
    assertThat(monthlyBills.issue(bill.monthlyBillId())).isEqualTo(issued);

    assertThatThrownBy(() -> monthlyBills.credit(bill.monthlyBillId(), first.billId(), 100, "early", "op"))
        .isInstanceOf(CycleProblem.WrongStatus.class);
    monthlyBills.dispute(bill.monthlyBillId(), "GPU idle for an hour");
    assertThatThrownBy(() -> monthlyBills.credit(bill.monthlyBillId(), second.billId(), 1_501, "too much", "op"))
        .isInstanceOf(CycleProblem.Invalid.class)
        .satisfies(e -> assertThat(((CycleProblem) e).getBody().getProperties()).containsEntry("field", "amountFen"));
    assertThatThrownBy(() -> monthlyBills.credit(bill.monthlyBillId(), "other-bill", 100, "not ours", "op"))
        .isInstanceOf(CycleProblem.Invalid.class);

    MonthlyBill adjusted = monthlyBills.credit(bill.monthlyBillId(), first.billId(), 1_000, "idle GPU hour", "op");

    assertThat(adjusted.status()).isEqualTo(MonthlyBill.Status.ADJUSTED);
    assertThat(adjusted.creditFen()).isEqualTo(-1_000);
    assertThat(adjusted.payableFen()).isEqualTo(2_500);
    assertThat(adjusted.creditNotes()).singleElement().satisfies(note -> {
      assertThat(note.amountFen()).isEqualTo(-1_000);
      assertThat(note.billId()).isEqualTo(first.billId());
      assertThat(note.issuedBy()).isEqualTo("op");
    });
    assertThat(wallets.outstanding(account)).isEqualTo(2_500);

    MonthlyBill paid = monthlyBills.pay(bill.monthlyBillId());
    assertThat(paid.status()).isEqualTo(MonthlyBill.Status.PAID);
    assertThat(monthlyBills.pay(bill.monthlyBillId())).isEqualTo(paid);
    assertThat(wallets.balance(account).available()).isEqualTo(7_500);
    assertThat(wallets.outstanding(account)).isZero();

    assertThat(monthlyBills.settle(bill.monthlyBillId())).isTrue();
    assertThat(monthlyBills.find(bill.monthlyBillId()).status()).isEqualTo(MonthlyBill.Status.SETTLED);
    assertThat(monthlyBills.remind(bill.monthlyBillId())).isFalse();
  }

  @Test
  void aWorkOrdersCreditAdjustsTheOpenBillOncePerWorkOrder() {
    Bill first = postpaidOrder(2, 1_000);
    MonthlyBill bill = monthlyBills.issue(monthlyBills.draft(period, account, null, Set.of()).get(0).monthlyBillId());
    String workOrderId = "wo-" + UUID.randomUUID();

    MonthlyBill.CreditNote note = monthlyBills.creditForWorkOrder(workOrderId, first.billId(), 500, "slow network");
    MonthlyBill.CreditNote again = monthlyBills.creditForWorkOrder(workOrderId, first.billId(), 500, "slow network");

    assertThat(again).isEqualTo(note);
    assertThat(note.amountFen()).isEqualTo(-500);
    assertThat(note.issuedBy()).isEqualTo("work-order:" + workOrderId);
    MonthlyBill adjusted = monthlyBills.find(bill.monthlyBillId());
    assertThat(adjusted.status()).isEqualTo(MonthlyBill.Status.ADJUSTED);
    assertThat(adjusted.payableFen()).isEqualTo(1_500);
    assertThat(wallets.outstanding(account)).isEqualTo(1_500);
    assertThatThrownBy(() -> monthlyBills.creditForWorkOrder("wo-other", "no-such-bill", 1, "x"))
        .isInstanceOf(CycleProblem.Invalid.class);
  }

  @Test
  void aShortWalletPaysNothingAndTheBillStaysOpen() {
    postpaidOrder(2, 1_000);
    MonthlyBill bill = monthlyBills.issue(monthlyBills.draft(period, account, null, Set.of()).get(0).monthlyBillId());
    wallets.topUp(account, 1_999, "bank-transfer", "top-up");

    assertThatThrownBy(() -> monthlyBills.pay(bill.monthlyBillId())).isInstanceOf(WalletProblem.class)
        .satisfies(e -> assertThat(((WalletProblem) e).code()).isEqualTo("INSUFFICIENT_BALANCE"));

    assertThat(monthlyBills.find(bill.monthlyBillId()).status()).isEqualTo(MonthlyBill.Status.ISSUED);
    assertThat(wallets.balance(account).available()).isEqualTo(1_999);
    assertThat(wallets.outstanding(account)).isEqualTo(2_000);
    assertThat(monthlyBills.remind(bill.monthlyBillId())).isTrue();
  }

  @Test
  void theCsvItemisesEveryLineAndTheCreditNotesAndAddsUp() {
    Bill first = postpaidOrder(2, 1_000);
    postpaidOrder(1, 1_500);
    MonthlyBill bill = monthlyBills.issue(monthlyBills.draft(period, account, null, Set.of()).get(0).monthlyBillId());
    monthlyBills.dispute(bill.monthlyBillId(), "idle");
    monthlyBills.credit(bill.monthlyBillId(), first.billId(), 400, "idle, \"GPU\" 3", "op");

    List<String> rows = csv.export(bill.monthlyBillId()).lines().toList();

    assertThat(rows.get(0)).isEqualTo(MonthlyBillCsv.HEADER);
    assertThat(rows).hasSize(1 + 2 + 1 + 3);
    assertThat(rows.subList(1, 3)).allSatisfy(row -> assertThat(row).contains(",USAGE,GPU_HOURS,"));
    assertThat(rows.get(3)).contains(",CREDIT_NOTE,\"idle, \"\"GPU\"\" 3\",").endsWith(",-400");
    assertThat(rows.get(4)).endsWith(",TOTAL,,,,,3500");
    assertThat(rows.get(5)).endsWith(",CREDIT,,,,,-400");
    assertThat(rows.get(6)).endsWith(",PAYABLE,,,,,3100");
  }
}
