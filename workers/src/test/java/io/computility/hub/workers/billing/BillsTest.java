package io.computility.hub.workers.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.computility.hub.workers.RecordedEvidence;
import io.computility.hub.workers.WorkersTestApplication;
import io.computility.hub.workers.metering.Meter;
import java.math.BigDecimal;
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
class BillsTest {

  @Autowired Bills bills;
  @Autowired RecordedEvidence evidence;

  String consumer;

  @BeforeEach
  void newConsumer() {
    consumer = "consumer-" + UUID.randomUUID();
  }

  private static RatedUsage rated(String orderId, long gpuFen) {
    return new RatedUsage(orderId, "gpu-a100", 2, List.of(
        new BillLine(1, BillLine.Kind.USAGE, Meter.GPU_HOURS, new BigDecimal("1.500000"), "GPU·h", 2_000, gpuFen),
        new BillLine(2, BillLine.Kind.USAGE, Meter.NETWORK_GB, new BigDecimal("0.000000"), "GB", 80, 0)), gpuFen);
  }

  @Test
  void anOrderHasOneBillHoweverOftenItIsIssued() {
    String orderId = "order-" + UUID.randomUUID();
    Bill first = bills.issue(consumer, "provider-1", rated(orderId, 3_000));
    Bill again = bills.issue(consumer, "provider-1", rated(orderId, 9_999));

    assertThat(again.billId()).isEqualTo(first.billId());
    Bill stored = bills.find(first.billId());
    assertThat(stored.totalFen()).isEqualTo(3_000);
    assertThat(stored.status()).isEqualTo(Bill.Status.ISSUED);
    assertThat(stored.planVersion()).isEqualTo(2);
    assertThat(stored.currency()).isEqualTo("CNY");
    assertThat(stored.lines()).extracting(BillLine::meter, BillLine::amountFen)
        .containsExactly(tuple(Meter.GPU_HOURS, 3_000L),
            tuple(Meter.NETWORK_GB, 0L));
    assertThat(stored.lines().get(0).quantity()).isEqualByComparingTo("1.5");
    assertThat(bills.forOrder(orderId)).contains(stored);
    assertThat(evidence.of(first.billId())).singleElement().satisfies(entry -> {
      assertThat(entry.kind()).isEqualTo("bill.issued");
      assertThat(entry.owner()).isEqualTo(consumer);
      assertThat(entry.facts()).containsEntry("orderId", orderId).containsEntry("totalFen", 3_000L)
          .containsEntry("planVersion", 2);
    });
  }

  @Test
  void concurrentIssuesMakeOneBill() throws Exception {
    String orderId = "order-" + UUID.randomUUID();
    List<Callable<String>> calls = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      calls.add(() -> bills.issue(consumer, "provider-1", rated(orderId, 100)).billId());
    }
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    List<String> ids = new ArrayList<>();
    try {
      for (Future<String> future : pool.invokeAll(calls)) {
        ids.add(future.get());
      }
    } finally {
      pool.shutdown();
    }

    assertThat(ids).containsOnly(ids.get(0));
    assertThat(bills.list(consumer, null, 0, 10).total()).isEqualTo(1);
  }

  @Test
  void listsPageAndFilterByConsumerAndStatus() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(bills.issue(consumer, "provider-1", rated("order-" + UUID.randomUUID(), 100L * i)).billId());
    }
    bills.markPaid(ids.get(0), PaymentMode.PREPAID, 0, 0);
    bills.issue("someone-else-" + UUID.randomUUID(), "provider-1", rated("order-" + UUID.randomUUID(), 1));

    BillPage first = bills.list(consumer, null, 0, 2);
    BillPage last = bills.list(consumer, null, 2, 2);
    assertThat(first.total()).isEqualTo(5);
    assertThat(first.items()).hasSize(2).allSatisfy(bill -> assertThat(bill.lines()).hasSize(2));
    assertThat(last.items()).hasSize(1);
    assertThat(bills.list(consumer, Bill.Status.ISSUED, 0, 10).total()).isEqualTo(4);
    assertThat(bills.list(consumer, Bill.Status.PAID, 0, 10).items()).extracting(Bill::billId)
        .containsExactly(ids.get(0));
    assertThat(bills.list(null, null, 0, 10).total()).isGreaterThanOrEqualTo(6);
    assertThatThrownBy(() -> bills.list(consumer, null, 0, 0))
        .isInstanceOfSatisfying(BillingProblem.Invalid.class,
            problem -> assertThat(problem.getBody().getProperties()).containsEntry("field", "size"));
  }

  @Test
  void anUnknownBillIsANotFoundProblem() {
    assertThatThrownBy(() -> bills.find("no-such-bill"))
        .isInstanceOfSatisfying(BillingProblem.UnknownBill.class,
            problem -> assertThat(problem.getStatusCode().value()).isEqualTo(404));
    assertThat(bills.forOrder("no-such-order")).isEmpty();
  }
}
