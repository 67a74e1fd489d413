package io.computility.hub.portal.bill;

import static io.computility.hub.portal.web.Callers.consumer;
import static io.computility.hub.portal.web.Callers.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.computility.hub.portal.web.PortalWebTest;
import io.computility.hub.workers.billing.Bill;
import io.computility.hub.workers.billing.BillLine;
import io.computility.hub.workers.billing.Bills;
import io.computility.hub.workers.billing.OrderSettlements;
import io.computility.hub.workers.billing.PaymentMode;
import io.computility.hub.workers.billing.RatedUsage;
import io.computility.hub.workers.billing.cycle.BillingCycleProperties;
import io.computility.hub.workers.billing.cycle.CycleProblem;
import io.computility.hub.workers.billing.cycle.Grouping;
import io.computility.hub.workers.billing.cycle.MonthlyBill;
import io.computility.hub.workers.billing.cycle.MonthlyBillCommands;
import io.computility.hub.workers.billing.cycle.MonthlyBills;
import io.computility.hub.workers.metering.Meter;
import io.computility.hub.workers.process.ProcessCommands;
import io.computility.hub.workers.wallet.Wallets;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.FormService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Monthly bills over HTTP, on bills the real {@code billing-cycle} and {@code monthly-bill} processes drafted and
 * issued: a consumer lists, reads and downloads its own (CSV at the fen, PDF in its language), pays one from the
 * wallet (idempotently; a short wallet is refused) and disputes one: the bill is DISPUTED, its payment held, until
 * an OPERATOR decides in its review task on a credit note (ADJUSTED) or a rejection (payable as issued). Another
 * consumer gets 404 for them; an operator sees everyone's but neither pays nor disputes.
 */
@PortalWebTest
class MonthlyBillApiTest {

  static final Duration TIMEOUT = Duration.ofSeconds(90);
  static final String PROVIDER = "provider-monthly";
  static final String PRODUCT = "昇腾910B 训练型";

  @Autowired MockMvc mvc;
  @Autowired Bills bills;
  @Autowired OrderSettlements settlements;
  @Autowired MonthlyBills monthlyBills;
  @Autowired MonthlyBillCommands commands;
  @Autowired Wallets wallets;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired ProcessCommands processes;
  @Autowired BillingCycleProperties cycle;
  @Autowired Clock clock;

  final String account = "account-" + UUID.randomUUID();
  final String stranger = "stranger-" + UUID.randomUUID();

  @Test
  void aConsumerListsReadsAndDownloadsItsOwnMonthlyBills() throws Exception {
    Bill first = deliver(2, 1_500, 0);
    Bill second = deliver(3, 1_234, 500);
    MonthlyBill bill = issuedMonthlyBill();
    String id = bill.monthlyBillId();
    long total = 2 * 1_500 + 3 * 1_234 - 500;

    mvc.perform(get("/api/v1/monthly-bills").with(consumer(account)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].monthlyBillId").value(id))
        .andExpect(jsonPath("$.items[0].status").value("ISSUED"));
    mvc.perform(get("/api/v1/monthly-bills?period=" + bill.period() + "&status=ISSUED").with(consumer(account)))
        .andExpect(jsonPath("$.total").value(1));
    mvc.perform(get("/api/v1/monthly-bills?status=PAID").with(consumer(account)))
        .andExpect(jsonPath("$.total").value(0));
    mvc.perform(get("/api/v1/monthly-bills/" + id).with(consumer(account)))
        .andExpect(jsonPath("$.totalFen").value(total))
        .andExpect(jsonPath("$.payableFen").value(total))
        .andExpect(jsonPath("$.items.length()").value(2))
        .andExpect(jsonPath("$.creditNotes.length()").value(0));

    String csv = mvc.perform(get("/api/v1/monthly-bills/" + id + "/csv").with(consumer(account)))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
        .andReturn().getResponse().getContentAsString();
    assertThat(csv)
        .contains("," + first.orderId() + "," + first.billId() + ",1,USAGE,GPU_HOURS,2.000000,GPU·h,1500,3000\r\n")
        .contains("," + second.orderId() + "," + second.billId() + ",1,USAGE,GPU_HOURS,3.000000,GPU·h,1234,3702\r\n")
        .contains("," + second.billId() + ",2,DISCOUNT,,1.000000,,500,-500\r\n")
        .endsWith(",TOTAL,,,,,6202\r\n" + prefix(bill) + ",,,,CREDIT,,,,,0\r\n" + prefix(bill)
            + ",,,,PAYABLE,,,,,6202\r\n");

    String chinese = pdfText("/api/v1/monthly-bills/" + id + "/pdf", "zh-CN");
    assertThat(chinese).contains("月度账单", "账户", account, "账期", bill.period(), "账单编号", id, "已出具", "账单明细",
        "订单", "产品", "单价", "金额", "贷记单", PRODUCT, "优惠券 新春特惠", "30.00", "12.34", "37.02", "-5.00")
        .containsPattern("合计\\s+62\\.02").containsPattern("应付\\s+62\\.02");
    String english = pdfText("/api/v1/monthly-bills/" + id + "/pdf", "en");
    assertThat(english).contains("Monthly bill", "Period", "Bill number", "Issued", "Unit price", "Amount",
        "Coupon 新春特惠", PRODUCT).containsPattern("Total\\s+62\\.02").containsPattern("Credit\\s+0\\.00")
        .containsPattern("Payable\\s+62\\.02").doesNotContain("月度账单");

    String orderBillPrefix = String.join(",", second.billId(), second.orderId(), account, PRODUCT, "1");
    mvc.perform(get("/api/v1/bills/" + second.billId() + "/csv").with(consumer(account)))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
        .andExpect(content().string("bill_id,order_id,consumer_id,product_id,plan_version,line_no,kind,meter,"
            + "quantity,unit,unit_price_fen,amount_fen,reference\r\n"
            + orderBillPrefix + ",1,USAGE,GPU_HOURS,3.000000,GPU·h,1234,3702,\r\n"
            + orderBillPrefix + ",2,DISCOUNT,,1.000000,,500,-500,新春特惠\r\n"
            + orderBillPrefix + ",,TOTAL,,,,,3202,\r\n"));
    mvc.perform(get("/api/v1/bills/" + second.billId() + "/csv").with(consumer(stranger)))
        .andExpect(status().isNotFound());

    String orderBill = pdfText("/api/v1/bills/" + second.billId() + "/pdf", "en");
    assertThat(orderBill).contains("Bill", "Account", account, "Order", second.orderId(), "Product", PRODUCT, "37.02",
        "-5.00").containsPattern("Total\\s+32\\.02");

    for (String path : List.of("", "/csv", "/pdf")) {
      mvc.perform(get("/api/v1/monthly-bills/" + id + path).with(consumer(stranger)))
          .andExpect(status().isNotFound())
          .andExpect(jsonPath("$.type").value("https://computility.hub/problems/not-found"));
    }
    mvc.perform(get("/api/v1/monthly-bills?account=" + account).with(consumer(stranger)))
        .andExpect(jsonPath("$.total").value(0));
    mvc.perform(get("/api/v1/monthly-bills?account=" + account).with(operator()))
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].accountId").value(account));
    mvc.perform(get("/api/v1/monthly-bills/" + id).with(operator())).andExpect(status().isOk());
  }

  @Test
  void badListParametersAreProblemsNamingTheField() throws Exception {
    mvc.perform(get("/api/v1/monthly-bills?period=2026-13").with(consumer(account)).header("Accept-Language", "en"))
        .andExpect(status().isBadRequest())
        .andExpect(header().string("Content-Type", "application/problem+json"))
        .andExpect(jsonPath("$.field").value("period"))
        .andExpect(jsonPath("$.title").value("Invalid request"));
    mvc.perform(get("/api/v1/monthly-bills?period=soon").with(consumer(account)).header("Accept-Language", "zh-CN"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.title").value("请求无效"));
    mvc.perform(get("/api/v1/monthly-bills?status=LOST").with(consumer(account)))
        .andExpect(status().isBadRequest())
        .andExpect(header().string("Content-Type", "application/problem+json"));
    mvc.perform(get("/api/v1/monthly-bills?size=1000").with(consumer(account)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("size"));
  }

  @Test
  void theAccountPaysFromItsWalletOnceAndAShortWalletIsRefused() throws Exception {
    deliver(4, 2_500, 0);
    String id = issuedMonthlyBill().monthlyBillId();
    String pay = "/api/v1/monthly-bills/" + id + "/payment";

    mvc.perform(post(pay).with(consumer(account)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("Idempotency-Key"));
    mvc.perform(post(pay).with(consumer(account)).header("Idempotency-Key", "short-" + id)
            .header("Accept-Language", "zh-CN"))
        .andExpect(status().isConflict())
        .andExpect(header().string("Content-Type", "application/problem+json"))
        .andExpect(jsonPath("$.type").value("https://computility.hub/problems/insufficient-balance"))
        .andExpect(jsonPath("$.title").value("钱包操作被拒绝"))
        .andExpect(jsonPath("$.requested").value(10_000));
    mvc.perform(post(pay).with(operator()).header("Idempotency-Key", "operator-" + id))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.type").value("https://computility.hub/problems/not-allowed"));
    mvc.perform(post(pay).with(consumer(stranger)).header("Idempotency-Key", "stranger-" + id))
        .andExpect(status().isNotFound());

    wallets.topUp(account, 25_000, "bank-transfer", "top-up:" + account);
    mvc.perform(post(pay).with(consumer(account)).header("Idempotency-Key", "pay-" + id))
        .andExpect(status().isAccepted())
        .andExpect(jsonPath("$.monthlyBillId").value(id));
    mvc.perform(post(pay).with(consumer(account)).header("Idempotency-Key", "pay-" + id))
        .andExpect(status().isAccepted())
        .andExpect(header().string("Idempotent-Replayed", "true"));

    await().atMost(TIMEOUT).until(() -> monthlyBills.find(id).paidAt() != null);
    assertThat(wallets.balance(account).available()).isEqualTo(25_000 - 10_000);
    assertThat(wallets.outstanding(account)).isZero();
    mvc.perform(post(pay).with(consumer(account)).header("Idempotency-Key", "again-" + id))
        .andExpect(status().isAccepted());
    assertThat(wallets.balance(account).available()).as("a paid bill is not paid twice").isEqualTo(15_000);
  }

  @Test
  void aDisputeHoldsTheBillUntilAnOperatorCreditsItInTheReviewTask() throws Exception {
    Bill first = deliver(2, 1_500, 0);
    deliver(1, 800, 0);
    String id = issuedMonthlyBill().monthlyBillId();
    String disputes = "/api/v1/monthly-bills/" + id + "/disputes";

    mvc.perform(dispute(disputes, "{\"message\": \"GPU idle\"}", "no-bill-" + id))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("billId"));
    mvc.perform(dispute(disputes, "{\"billId\": \"elsewhere\", \"message\": \"GPU idle\"}", "elsewhere-" + id))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("billId"));
    // hub-server's problem advice names the field of a failed bean validation; this test application has none
    mvc.perform(dispute(disputes, "{\"billId\": \"" + first.billId() + "\", \"message\": \" \"}", "blank-" + id))
        .andExpect(status().isBadRequest())
        .andExpect(header().string("Content-Type", "application/problem+json"));
    mvc.perform(dispute(disputes, "{\"billId\": \"" + first.billId() + "\", \"message\": \"" + "x".repeat(501)
            + "\"}", "long-" + id))
        .andExpect(status().isBadRequest())
        .andExpect(header().string("Content-Type", "application/problem+json"));
    mvc.perform(post(disputes).with(consumer(stranger)).header("Idempotency-Key", "stranger-" + id)
            .contentType(MediaType.APPLICATION_JSON).content("{\"message\": \"mine?\"}"))
        .andExpect(status().isNotFound());
    mvc.perform(post(disputes).with(operator()).header("Idempotency-Key", "operator-" + id)
            .contentType(MediaType.APPLICATION_JSON).content("{\"message\": \"on behalf\"}"))
        .andExpect(status().isForbidden());
    // the workers' command checks the same on its own
    assertThatThrownBy(() -> commands.dispute(id, "elsewhere", "GPU idle")).isInstanceOf(CycleProblem.Invalid.class);
    assertThatThrownBy(() -> commands.dispute(id, first.billId(), "x".repeat(501)))
        .isInstanceOf(CycleProblem.Invalid.class);
    assertThat(monthlyBills.find(id).status()).as("nothing refused changed the bill")
        .isEqualTo(MonthlyBill.Status.ISSUED);

    String body = "{\"billId\": \"" + first.billId() + "\", \"message\": \"GPU 空闲了两个小时\"}";
    mvc.perform(dispute(disputes, body, "dispute-" + id))
        .andExpect(status().isAccepted())
        .andExpect(jsonPath("$.monthlyBillId").value(id))
        .andExpect(jsonPath("$.status").value("DISPUTED"))
        .andExpect(jsonPath("$.disputeReason").value("GPU 空闲了两个小时"));
    mvc.perform(dispute(disputes, body, "dispute-" + id))
        .andExpect(status().isAccepted())
        .andExpect(header().string("Idempotent-Replayed", "true"));
    mvc.perform(dispute(disputes, body, "again-" + id).header("Accept-Language", "en"))
        .andExpect(status().isConflict())
        .andExpect(header().string("Content-Type", "application/problem+json"))
        .andExpect(jsonPath("$.type").value("https://computility.hub/problems/monthly-bill-not-disputable"))
        .andExpect(jsonPath("$.field").value("status"))
        .andExpect(jsonPath("$.title").value("Monthly bill cannot be disputed"));

    // the payment is held while the dispute is open, even from a wallet that holds enough
    wallets.topUp(account, 10_000, "bank-transfer", "top-up:" + account);
    mvc.perform(post("/api/v1/monthly-bills/" + id + "/payment").with(consumer(account))
            .header("Idempotency-Key", "pay-disputed-" + id).header("Accept-Language", "zh-CN"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("status"))
        .andExpect(jsonPath("$.title").value("月度账单状态不允许此操作"));

    // an operator opens the bill's review task: the form shows the reason and proposes the contested order bill
    ProcessCommands.WaitingTask review = processes.waitingUserTask("monthly-bill", id, "reviewDispute")
        .orElseThrow();
    assertThat(tasks.createTaskQuery().taskId(review.id()).taskCandidateGroup("OPERATOR").count()).isOne();
    assertThat(forms.getTaskFormVariables(review.id()))
        .containsEntry("disputeReason", "GPU 空闲了两个小时")
        .containsEntry("disputedBillId", first.billId())
        .containsEntry("creditBillId", first.billId());
    // a credit beyond the order bill is refused and the review comes back with the reason
    processes.completeUserTask(review, Map.of("disputeDecision", "ACCEPT", "creditBillId", first.billId(),
        "creditFen", 3_001L, "disputeComment", "全额退还"));
    ProcessCommands.WaitingTask again = await().atMost(TIMEOUT).until(() -> processes.waitingUserTask(
        "monthly-bill", id, "reviewDispute"), Optional::isPresent).orElseThrow();
    assertThat(forms.getTaskFormVariables(again.id()).getValue("creditRefusal", String.class))
        .contains("amountFen");
    assertThat(monthlyBills.find(id).status()).isEqualTo(MonthlyBill.Status.DISPUTED);
    processes.completeUserTask(again, Map.of("disputeDecision", "ACCEPT", "creditBillId", first.billId(),
        "creditFen", 1_500L, "disputeComment", "空闲时段已核实，予以贷记"));
    await().atMost(TIMEOUT).until(() -> monthlyBills.find(id).status() == MonthlyBill.Status.ADJUSTED);

    mvc.perform(get("/api/v1/monthly-bills/" + id).with(consumer(account)))
        .andExpect(jsonPath("$.status").value("ADJUSTED"))
        .andExpect(jsonPath("$.creditFen").value(-1_500))
        .andExpect(jsonPath("$.payableFen").value(3_800 - 1_500))
        .andExpect(jsonPath("$.creditNotes.length()").value(1))
        .andExpect(jsonPath("$.creditNotes[0].billId").value(first.billId()))
        .andExpect(jsonPath("$.creditNotes[0].amountFen").value(-1_500))
        .andExpect(jsonPath("$.creditNotes[0].reason").value("空闲时段已核实，予以贷记"))
        .andExpect(jsonPath("$.creditNotes[0].issuedBy").value("OPERATOR"));
    String csv = mvc.perform(get("/api/v1/monthly-bills/" + id + "/csv").with(consumer(account)))
        .andReturn().getResponse().getContentAsString();
    assertThat(csv).contains("," + first.orderId() + "," + first.billId() + ",1,CREDIT_NOTE,空闲时段已核实，予以贷记,,,,-1500\r\n")
        .endsWith(",CREDIT,,,,,-1500\r\n" + prefix(monthlyBills.find(id)) + ",,,,PAYABLE,,,,,2300\r\n");
    assertThat(pdfText("/api/v1/monthly-bills/" + id + "/pdf", "zh-CN"))
        .contains("已调整", "空闲时段已核实，予以贷记", "-15.00").containsPattern("合计\\s+38\\.00")
        .containsPattern("贷记\\s+-15\\.00").containsPattern("应付\\s+23\\.00");
    waitingForPayment(id);
  }

  @Test
  void anOperatorWhoRejectsTheDisputeLeavesTheBillPayableAsIssued() throws Exception {
    Bill only = deliver(4, 2_500, 0);
    String id = issuedMonthlyBill().monthlyBillId();

    // one order on the bill: the contested order bill may be left out
    mvc.perform(dispute("/api/v1/monthly-bills/" + id + "/disputes", "{\"message\": \"Too expensive\"}",
            "dispute-" + id))
        .andExpect(status().isAccepted())
        .andExpect(jsonPath("$.status").value("DISPUTED"));
    ProcessCommands.WaitingTask review = processes.waitingUserTask("monthly-bill", id, "reviewDispute")
        .orElseThrow();
    assertThat(forms.getTaskFormVariables(review.id())).containsEntry("creditBillId", only.billId());
    processes.completeUserTask(review, Map.of("disputeDecision", "REJECT", "disputeComment", "Billed as used"));
    waitingForPayment(id);

    mvc.perform(get("/api/v1/monthly-bills/" + id).with(consumer(account)))
        .andExpect(jsonPath("$.status").value("ISSUED"))
        .andExpect(jsonPath("$.creditFen").value(0))
        .andExpect(jsonPath("$.payableFen").value(10_000))
        .andExpect(jsonPath("$.creditNotes.length()").value(0));
    wallets.topUp(account, 10_000, "bank-transfer", "top-up:" + account);
    mvc.perform(post("/api/v1/monthly-bills/" + id + "/payment").with(consumer(account))
            .header("Idempotency-Key", "pay-" + id))
        .andExpect(status().isAccepted());
    await().atMost(TIMEOUT).until(() -> monthlyBills.find(id).paidAt() != null);
    assertThat(wallets.outstanding(account)).isZero();
  }

  private MockHttpServletRequestBuilder dispute(String path, String body, String key) {
    return post(path).with(consumer(account)).header("Idempotency-Key", key)
        .contentType(MediaType.APPLICATION_JSON).content(body);
  }

  /** Bills one postpaid order of {@link #PRODUCT}: {@code hours} GPU-hours, less a coupon's {@code discountFen}. */
  private Bill deliver(int hours, long unitPriceFen, long discountFen) {
    String orderId = "order-" + UUID.randomUUID();
    long usage = hours * unitPriceFen;
    List<BillLine> lines = discountFen == 0
        ? List.of(usageLine(hours, unitPriceFen))
        : List.of(usageLine(hours, unitPriceFen), new BillLine(2, BillLine.Kind.DISCOUNT, null,
            BigDecimal.ONE, "", discountFen, -discountFen, "新春特惠"));
    Bill bill = bills.issue(account, PROVIDER, new RatedUsage(orderId, PRODUCT, 1, lines, usage - discountFen));
    settlements.settle(orderId, bill.billId(), PaymentMode.POSTPAID, null, account, PROVIDER);
    return bill;
  }

  private static BillLine usageLine(int hours, long unitPriceFen) {
    return new BillLine(1, BillLine.Kind.USAGE, Meter.GPU_HOURS, BigDecimal.valueOf(hours), "GPU·h", unitPriceFen,
        hours * unitPriceFen);
  }

  /** Runs this month's cycle for the account (all its orders on one bill) and waits until the bill is payable. */
  private MonthlyBill issuedMonthlyBill() {
    YearMonth period = YearMonth.from(clock.instant().atZone(cycle.zone()));
    commands.startCycle(period, account, Grouping.MERGE, List.of());
    String id = await().atMost(TIMEOUT).until(() -> runtime.createExecutionQuery().activityId("awaitPayment")
        .processDefinitionKey("monthly-bill").list().stream()
        .map(execution -> runtime.createProcessInstanceQuery().processInstanceId(execution.getProcessInstanceId())
            .singleResult().getBusinessKey())
        .filter(key -> monthlyBills.find(key).accountId().equals(account)).findFirst().orElse(null),
        found -> found != null);
    return monthlyBills.find(id);
  }

  /** Waits until the bill's process waits for payment again (after a decided dispute). */
  private void waitingForPayment(String id) {
    await().atMost(TIMEOUT).until(() -> runtime.createExecutionQuery().processDefinitionKey("monthly-bill")
        .processInstanceBusinessKey(id).activityId("awaitPayment").count() == 1);
  }

  private static String prefix(MonthlyBill bill) {
    return bill.monthlyBillId() + "," + bill.period() + "," + bill.accountId();
  }

  private String pdfText(String path, String language) throws Exception {
    byte[] pdf = mvc.perform(get(path).with(consumer(account)).header("Accept-Language", language))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "application/pdf"))
        .andExpect(header().string("Content-Disposition", startsWith("attachment;")))
        .andReturn().getResponse().getContentAsByteArray();
    return text(pdf);
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
