package io.computility.hub.workers.billing.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.computility.hub.workers.MutableClock;
import io.computility.hub.workers.RecordedEvidence;
import io.computility.hub.workers.WorkersTestApplication;
import io.computility.hub.workers.billing.Bill;
import io.computility.hub.workers.billing.BillLine;
import io.computility.hub.workers.billing.Bills;
import io.computility.hub.workers.billing.OrderSettlements;
import io.computility.hub.workers.billing.PaymentMode;
import io.computility.hub.workers.billing.RatedUsage;
import io.computility.hub.workers.billing.cycle.BillingCycleProperties;
import io.computility.hub.workers.billing.cycle.MonthlyBill;
import io.computility.hub.workers.billing.cycle.MonthlyBills;
import io.computility.hub.workers.metering.Meter;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Statements on MariaDB: every figure the sum of lines naming bill lines and credit notes. */
@SpringBootTest(classes = WorkersTestApplication.class)
class ProviderStatementsTest {

  @Autowired ProviderStatements statements;
  @Autowired MonthlyBills monthlyBills;
  @Autowired Bills bills;
  @Autowired OrderSettlements settlements;
  @Autowired BillingCycleProperties cycle;
  @Autowired MutableClock clock;
  @Autowired RecordedEvidence evidence;

  final String account = "account-" + UUID.randomUUID();
  final String provider = "provider-" + UUID.randomUUID();

  private Bill postpaidOrder(long first, long second) {
    String orderId = "order-" + UUID.randomUUID();
    Bill bill = bills.issue(account, provider, new RatedUsage(orderId, "gpu-a100", 1, List.of(
        new BillLine(1, BillLine.Kind.USAGE, Meter.GPU_HOURS, BigDecimal.ONE, "GPU·h", first, first),
        new BillLine(2, BillLine.Kind.USAGE, Meter.NETWORK_GB, BigDecimal.ONE, "GB", second, second)), first + second));
    settlements.settle(orderId, bill.billId(), PaymentMode.POSTPAID, null, account, provider);
    return bill;
  }

  @Test
  void grossCreditsFeeAndNetTraceToBillLinesAndCreditNotes() {
    YearMonth period = YearMonth.from(clock.instant().atZone(cycle.zone()));
    Bill first = postpaidOrder(2_000, 1_005);
    Bill second = postpaidOrder(500, 0);
    MonthlyBill monthly = monthlyBills.issue(
        monthlyBills.draft(period, account, null, Set.of()).get(0).monthlyBillId());
    monthlyBills.dispute(monthly.monthlyBillId(), "idle");
    monthlyBills.credit(monthly.monthlyBillId(), first.billId(), 300, "idle", "op");

    ProviderStatement statement = statements.prepare(provider, period);

    assertThat(statement.figures()).isEqualTo(new StatementFigures(3_505, 300, 321, 2_884));
    assertThat(statement.lines()).extracting(StatementLine::billId)
        .containsExactlyInAnyOrder(first.billId(), first.billId(), second.billId(), second.billId(), first.billId());
    assertThat(statement.lines().stream().filter(line -> line.kind() == StatementLine.Kind.SALE)
        .mapToLong(StatementLine::amountFen).sum()).isEqualTo(statement.figures().grossSalesFen());
    assertThat(statement.lines().get(4).creditNoteId()).isNotNull();
    assertThat(statements.prepare(provider, period)).isEqualTo(statement);
    assertThat(statements.prepare(provider, period.minusMonths(1)).figures())
        .isEqualTo(new StatementFigures(0, 0, 0, 0));

    ProviderStatement paid = statements.markPaid(statement.statementId(), "operator-1");
    assertThat(paid.status()).isEqualTo(ProviderStatement.Status.PAID);
    assertThat(paid.paidBy()).isEqualTo("operator-1");
    assertThat(statements.markPaid(statement.statementId(), "operator-2").paidBy()).isEqualTo("operator-1");
    // the settlement is on the ledger once per step: prepared, then paid (the repeated payment records nothing)
    assertThat(evidence.of(statement.statementId())).extracting(RecordedEvidence.Entry::kind)
        .containsExactly("settlement-statement.prepared", "settlement-statement.paid");
    assertThat(evidence.of(statement.statementId()).get(1)).satisfies(entry -> {
      assertThat(entry.owner()).isEqualTo(provider);
      assertThat(entry.facts()).containsEntry("netPayableFen", 2_884L).containsEntry("paidBy", "operator-1");
    });
    assertThatThrownBy(() -> statements.find("nope")).isInstanceOf(StatementProblem.UnknownStatement.class);
  }
}
