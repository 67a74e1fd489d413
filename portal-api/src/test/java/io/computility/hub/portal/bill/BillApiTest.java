package io.computility.hub.portal.bill;

import static io.computility.hub.portal.web.Callers.consumer;
import static io.computility.hub.portal.web.Callers.operator;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.computility.hub.portal.web.PortalWebTest;
import io.computility.hub.workers.billing.Bill;
import io.computility.hub.workers.billing.BillLine;
import io.computility.hub.workers.billing.Bills;
import io.computility.hub.workers.billing.RatedUsage;
import io.computility.hub.workers.metering.Meter;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Bills: a consumer lists and reads its own with their lines; another's bill looks like no bill at all. */
@PortalWebTest
class BillApiTest {

  @Autowired MockMvc mvc;
  @Autowired Bills bills;

  private final String carol = "carol-" + UUID.randomUUID();
  private final String dave = "dave-" + UUID.randomUUID();

  @Test
  void aConsumerSeesItsOwnBillsWithLinesAndOnlyThose() throws Exception {
    Bill carols = issue(carol, 2);
    Bill daves = issue(dave, 3);

    mvc.perform(get("/api/v1/bills").with(consumer(carol)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].billId").value(carols.billId()));
    mvc.perform(get("/api/v1/bills/" + carols.billId()).with(consumer(carol)))
        .andExpect(jsonPath("$.totalFen").value(2 * 1_500))
        .andExpect(jsonPath("$.status").value("ISSUED"))
        .andExpect(jsonPath("$.lines[0].meter").value("GPU_HOURS"))
        .andExpect(jsonPath("$.lines[0].amountFen").value(2 * 1_500));
    mvc.perform(get("/api/v1/bills?order=" + carols.orderId()).with(consumer(carol)))
        .andExpect(jsonPath("$.total").value(1));
    mvc.perform(get("/api/v1/bills?status=SETTLED").with(consumer(carol)))
        .andExpect(jsonPath("$.total").value(0));

    mvc.perform(get("/api/v1/bills/" + daves.billId()).with(consumer(carol)))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.type").value("https://computility.hub/problems/not-found"));
    mvc.perform(get("/api/v1/bills/no-such-bill").with(consumer(carol)))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.type").value("https://computility.hub/problems/not-found"));
    mvc.perform(get("/api/v1/bills?order=" + daves.orderId()).with(consumer(carol)))
        .andExpect(jsonPath("$.total").value(0));
  }

  @Test
  void anOperatorSeesEveryonesBills() throws Exception {
    Bill daves = issue(dave, 1);

    mvc.perform(get("/api/v1/bills/" + daves.billId()).with(operator())).andExpect(status().isOk());
    mvc.perform(get("/api/v1/bills?consumer=" + dave).with(operator()))
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].consumerId").value(dave));
  }

  private Bill issue(String consumerId, int gpuHours) {
    long amount = gpuHours * 1_500L;
    BillLine line = new BillLine(1, BillLine.Kind.USAGE, Meter.GPU_HOURS, BigDecimal.valueOf(gpuHours), "GPU·h",
        1_500, amount);
    return bills.issue(consumerId, "provider-x", new RatedUsage("order-" + UUID.randomUUID(), "prd:x", 1,
        List.of(line), amount));
  }
}
