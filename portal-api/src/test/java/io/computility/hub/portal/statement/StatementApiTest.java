package io.computility.hub.portal.statement;

import static io.computility.hub.portal.web.Callers.consumer;
import static io.computility.hub.portal.web.Callers.operator;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.computility.hub.camel.resource.AdmissionStatus;
import io.computility.hub.camel.resource.Health;
import io.computility.hub.camel.resource.Provider;
import io.computility.hub.camel.resource.ProviderKind;
import io.computility.hub.camel.resource.ProviderSource;
import io.computility.hub.camel.resource.ResourceInventory;
import io.computility.hub.portal.web.PortalWebTest;
import io.computility.hub.workers.billing.Bill;
import io.computility.hub.workers.billing.BillLine;
import io.computility.hub.workers.billing.Bills;
import io.computility.hub.workers.billing.OrderSettlements;
import io.computility.hub.workers.billing.PaymentMode;
import io.computility.hub.workers.billing.RatedUsage;
import io.computility.hub.workers.billing.cycle.BillingCycleProperties;
import io.computility.hub.workers.billing.reconciliation.Reconciliation;
import io.computility.hub.workers.billing.reconciliation.Reconciliations;
import io.computility.hub.workers.billing.reconciliation.UsageLine;
import io.computility.hub.workers.metering.Meter;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The operators' settlement statements and reconciliation cases over HTTP: list, prepare (traceable to the bill
 * lines), read, mark paid; open cases and resolve them. Consumers get 403; an unknown provider or a bad period is a
 * 400 problem.
 */
@PortalWebTest
class StatementApiTest {

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired ResourceInventory inventory;
  @Autowired Bills bills;
  @Autowired OrderSettlements settlements;
  @Autowired Reconciliations reconciliations;
  @Autowired BillingCycleProperties cycle;
  @Autowired Clock clock;

  final String provider = "statement-provider-" + UUID.randomUUID().toString().substring(0, 8);
  final String account = "statement-account-" + UUID.randomUUID();

  @Test
  void anOperatorPreparesListsReadsAndPaysAProvidersStatement() throws Exception {
    admit(provider);
    Bill first = settledBill(4_000);
    Bill second = settledBill(6_000);
    String period = thisMonth().toString();

    String prepared = mvc.perform(post("/api/v1/provider-statements").with(operator())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"providerId\": \"" + provider + "\", \"period\": \"" + period + "\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("PREPARED"))
        .andExpect(jsonPath("$.figures.grossSalesFen").value(10_000))
        .andExpect(jsonPath("$.lines.length()").value(2))
        .andExpect(jsonPath("$.lines[*].billId").value(hasItem(first.billId())))
        .andExpect(jsonPath("$.lines[*].billId").value(hasItem(second.billId())))
        .andReturn().getResponse().getContentAsString();
    String id = json.readTree(prepared).get("statementId").asText();

    mvc.perform(get("/api/v1/provider-statements?provider=" + provider + "&period=" + period).with(operator()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].statementId").value(id));
    mvc.perform(get("/api/v1/provider-statements?provider=" + provider + "&status=PAID").with(operator()))
        .andExpect(jsonPath("$.total").value(0));
    mvc.perform(get("/api/v1/provider-statements/" + id).with(operator()))
        .andExpect(jsonPath("$.providerId").value(provider));

    mvc.perform(post("/api/v1/provider-statements/" + id + "/paid").with(operator()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("PAID"))
        .andExpect(jsonPath("$.paidBy").value("operator-demo"));
    mvc.perform(get("/api/v1/provider-statements?provider=" + provider + "&status=PAID").with(operator()))
        .andExpect(jsonPath("$.total").value(1));
    mvc.perform(get("/api/v1/provider-statements/no-such-statement").with(operator()))
        .andExpect(status().isNotFound());
  }

  @Test
  void anOperatorSeesOpenReconciliationCasesAndResolvesThem() throws Exception {
    admit(provider);
    Reconciliation opened = reconciliations.reconcile(provider, thisMonth(),
        List.of(new UsageLine("allocation-unknown-to-the-hub", null, Meter.GPU_HOURS, new BigDecimal("5"))));

    mvc.perform(get("/api/v1/reconciliations/cases").with(operator()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].reconciliationId").value(hasItem(opened.reconciliationId())));
    mvc.perform(post("/api/v1/reconciliations/" + opened.reconciliationId() + "/resolve").with(operator()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.caseStatus").value("RESOLVED"));
    mvc.perform(get("/api/v1/reconciliations/cases").with(operator()))
        .andExpect(jsonPath("$[*].reconciliationId").value(not(hasItem(opened.reconciliationId()))));
  }

  @Test
  void consumersAreRefused() throws Exception {
    String body = "{\"providerId\": \"" + provider + "\", \"period\": \"2026-11\"}";
    mvc.perform(get("/api/v1/provider-statements").with(consumer(account))).andExpect(status().isForbidden());
    mvc.perform(post("/api/v1/provider-statements").with(consumer(account))
        .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/reconciliations/cases").with(consumer(account))).andExpect(status().isForbidden());
    mvc.perform(post("/api/v1/reconciliations").with(consumer(account))
        .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
    mvc.perform(post("/api/v1/billing-cycles").with(consumer(account))
        .contentType(MediaType.APPLICATION_JSON).content("{\"period\": \"2026-11\"}"))
        .andExpect(status().isForbidden());
  }

  @Test
  void anUnknownProviderOrABadPeriodIsAProblem() throws Exception {
    for (String path : List.of("/api/v1/provider-statements", "/api/v1/reconciliations")) {
      mvc.perform(post(path).with(operator()).header("Accept-Language", "zh-CN")
              .contentType(MediaType.APPLICATION_JSON)
              .content("{\"providerId\": \"no-such-provider\", \"period\": \"2026-11\"}"))
          .andExpect(status().isBadRequest())
          .andExpect(header().string("Content-Type", "application/problem+json"))
          .andExpect(jsonPath("$.field").value("providerId"))
          .andExpect(jsonPath("$.title").value("请求无效"));
      // hub-server's problem advice names the field of a failed bean validation; this test application has none
      mvc.perform(post(path).with(operator()).contentType(MediaType.APPLICATION_JSON)
              .content("{\"providerId\": \"" + provider + "\", \"period\": \"2026-13\"}"))
          .andExpect(status().isBadRequest())
          .andExpect(header().string("Content-Type", "application/problem+json"));
    }
    mvc.perform(get("/api/v1/provider-statements?period=last-month").with(operator())
            .header("Accept-Language", "en"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("period"))
        .andExpect(jsonPath("$.title").value("Invalid request"));
  }

  private void admit(String providerId) {
    inventory.saveProvider(new Provider(providerId, "结算测试云 " + providerId, "Statement Co.", ProviderKind.CLOUD,
        "110000", null, null, AdmissionStatus.ADMITTED, ProviderSource.PARTNER, Health.UP, new BigDecimal("1.2"),
        BigDecimal.ZERO, null));
  }

  /** A postpaid order bill of {@link #provider}, settled with it at once. */
  private Bill settledBill(long amountFen) {
    String orderId = "order-" + UUID.randomUUID();
    Bill bill = bills.issue(account, provider, new RatedUsage(orderId, "prd:statement", 1, List.of(new BillLine(1,
        BillLine.Kind.USAGE, Meter.GPU_HOURS, BigDecimal.ONE, "GPU·h", amountFen, amountFen)), amountFen));
    settlements.settle(orderId, bill.billId(), PaymentMode.POSTPAID, null, account, provider);
    return bill;
  }

  private YearMonth thisMonth() {
    return YearMonth.from(clock.instant().atZone(cycle.zone()));
  }
}
