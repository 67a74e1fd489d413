package io.computility.hub.portal.workorder;

import static io.computility.hub.portal.web.Callers.caller;
import static io.computility.hub.portal.web.Callers.consumer;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.computility.hub.portal.web.PortalWebTest;
import io.computility.hub.workers.billing.Bill;
import io.computility.hub.workers.billing.BillLine;
import io.computility.hub.workers.billing.Bills;
import io.computility.hub.workers.billing.RatedUsage;
import io.computility.hub.workers.billing.coupon.CouponKind;
import io.computility.hub.workers.billing.coupon.Coupons;
import io.computility.hub.workers.billing.coupon.NewCoupon;
import io.computility.hub.workers.metering.Meter;
import io.computility.hub.workers.wallet.Wallets;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Work orders over HTTP: a consumer opens (idempotently), lists and reads its own; others' look like none; support
 * sees everyone's; bad input is a 400 naming the field; confirm and reopen only when answered. And the user centre's
 * summary that counts them.
 */
@PortalWebTest
class WorkOrderApiTest {

  private static final String TOP_UP_QUESTION = """
      {"category": "PAYMENT", "subject": "How do I top up?", "message": "I cannot find where to add money."}""";
  private static final String TECHNICAL_QUESTION = """
      {"category": "TECHNICAL", "subject": "SSH refused", "message": "Port 22 closed on my instance."}""";

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired Bills bills;
  @Autowired Wallets wallets;
  @Autowired Coupons coupons;

  private final String carol = "carol-" + UUID.randomUUID();
  private final String dave = "dave-" + UUID.randomUUID();

  @Test
  void aConsumerOpensOnceSeesItsOwnAndSupportSeesEveryones() throws Exception {
    String key = "wo-" + UUID.randomUUID();
    String id = read(open(carol, key, TECHNICAL_QUESTION).andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("OPEN"))
        .andExpect(jsonPath("$.requesterId").value(carol))).path("workOrderId").asText();
    open(carol, key, TECHNICAL_QUESTION).andExpect(status().isCreated())
        .andExpect(header().string("Idempotent-Replayed", "true"))
        .andExpect(jsonPath("$.workOrderId").value(id));
    open(dave, "wo-" + UUID.randomUUID(), TECHNICAL_QUESTION).andExpect(status().isCreated());

    mvc.perform(get("/api/v1/work-orders").with(consumer(carol)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.page").value(0))
        .andExpect(jsonPath("$.size").value(20))
        .andExpect(jsonPath("$.items[0].workOrderId").value(id));
    awaitDetail(carol, id, detail -> detail.at("/currentSteps/0/activityId").asText().equals("handleWorkOrder"));
    mvc.perform(get("/api/v1/work-orders/" + id).with(consumer(carol)).header("Accept-Language", "en"))
        .andExpect(jsonPath("$.workOrder.status").value("OPEN"))
        .andExpect(jsonPath("$.messages[0].role").value("REQUESTER"))
        .andExpect(jsonPath("$.messages[0].body").value("Port 22 closed on my instance."))
        .andExpect(jsonPath("$.currentSteps[0].name").value("Handle work order / 处理工单"));

    mvc.perform(get("/api/v1/work-orders/" + id).with(consumer(dave)))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.type").value("https://computility.hub/problems/not-found"));
    mvc.perform(post("/api/v1/work-orders/" + id + "/messages").with(consumer(dave))
            .header("Idempotency-Key", "m-" + UUID.randomUUID()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"message\": \"me too\"}"))
        .andExpect(status().isNotFound());

    mvc.perform(get("/api/v1/work-orders?requester=" + carol).with(caller("support-demo", "SUPPORT")))
        .andExpect(jsonPath("$.total").value(1));
    mvc.perform(post("/api/v1/work-orders/" + id + "/messages").with(caller("support-demo", "SUPPORT"))
            .header("Idempotency-Key", "m-" + UUID.randomUUID()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"message\": \"Which region is the instance in?\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.messages[1].role").value("SUPPORT"))
        .andExpect(jsonPath("$.messages[1].author").value("support-demo"));
    mvc.perform(get("/api/v1/work-orders/" + id).with(caller("second-line", "SUPPORT_L2")))
        .andExpect(status().isOk());
  }

  @Test
  void badInputIsA400NamingTheFieldAndNothingIsOpened() throws Exception {
    open(carol, "bad-1", "{\"category\": \"PAYMENT\", \"message\": \"no subject\"}")
        .andExpect(status().isBadRequest());
    open(carol, "bad-2", "{\"category\": \"NOT_A_CATEGORY\", \"subject\": \"s\", \"message\": \"m\"}")
        .andExpect(status().isBadRequest());
    open(carol, "bad-3", "{\"category\": \"BILL_DISPUTE\", \"subject\": \"s\", \"message\": \"m\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("billId"));
    String davesBill = issueBill(dave).billId();
    open(carol, "bad-4", """
        {"category": "BILL_DISPUTE", "subject": "s", "message": "m", "billId": "%s"}""".formatted(davesBill))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("billId"));
    open(carol, "bad-5", "{\"category\": \"ORDER\", \"subject\": \"s\", \"message\": \"m\", \"orderId\": \"nope\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("orderId"));
    mvc.perform(post("/api/v1/work-orders").with(consumer(carol)).contentType(MediaType.APPLICATION_JSON)
            .content(TOP_UP_QUESTION))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("Idempotency-Key"));
    mvc.perform(get("/api/v1/work-orders?size=0").with(consumer(carol)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("size"));

    mvc.perform(get("/api/v1/work-orders").with(consumer(carol))).andExpect(jsonPath("$.total").value(0));
  }

  @Test
  void aStandardAnswerIsConfirmedOnceAndAClosedWorkOrderTakesNoMoreMessages() throws Exception {
    String id = read(open(carol, "q-" + UUID.randomUUID(), TOP_UP_QUESTION)).path("workOrderId").asText();
    reply(carol, id, "reopen", "{}").andExpect(status().isBadRequest());
    awaitDetail(carol, id, detail -> detail.at("/workOrder/status").asText().equals("ANSWERED")
        && detail.at("/currentSteps/0/activityId").asText().equals("awaitRequester"));
    mvc.perform(get("/api/v1/work-orders/" + id).with(consumer(carol)).header("Accept-Language", "en"))
        .andExpect(jsonPath("$.messages[1].role").value("SYSTEM"))
        .andExpect(jsonPath("$.messages[1].body").value(startsWith("To top up, open Wallet")));
    mvc.perform(get("/api/v1/work-orders/" + id).with(consumer(carol)).header("Accept-Language", "zh-CN"))
        .andExpect(jsonPath("$.messages[1].body").value(startsWith("充值请在门户中打开“钱包”")));
    reply(caller("support-demo", "SUPPORT"), id, "confirm", "").andExpect(status().isForbidden());

    reply(carol, id, "confirm", "").andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("CLOSED"))
        .andExpect(jsonPath("$.closeReason").value("CONFIRMED"));

    reply(carol, id, "confirm", "").andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://computility.hub/problems/work-order-not-awaiting-reply"));
    reply(carol, id, "messages", "{\"message\": \"thanks\"}").andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://computility.hub/problems/work-order-closed"));
    mvc.perform(get("/api/v1/work-orders?status=CLOSED").with(consumer(carol)))
        .andExpect(jsonPath("$.total").value(1));
  }

  @Test
  void theUserCentreSumsUpBalanceBillsAndOpenWorkOrders() throws Exception {
    wallets.topUp(carol, 50_000, "bank transfer", "top-up-" + carol);
    Bill bill = issueBill(carol);
    open(carol, "s-" + UUID.randomUUID(), TECHNICAL_QUESTION).andExpect(status().isCreated());
    String code = "WO-" + UUID.randomUUID().toString().substring(0, 8);
    Instant validUntil = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);
    coupons.issue(new NewCoupon(code, CouponKind.FIXED_AMOUNT, 500L, null, null, null, null,
        Instant.now().minusSeconds(60), validUntil, null, null, null, null, 10, 1), "operator-demo");
    coupons.claim(code, carol);

    mvc.perform(get("/api/v1/me/summary").with(consumer(carol)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.account").value(carol))
        .andExpect(jsonPath("$.balance.availableFen").value(50_000))
        .andExpect(jsonPath("$.balance.heldFen").value(0))
        .andExpect(jsonPath("$.balance.currency").value("CNY"))
        .andExpect(jsonPath("$.activeOrders.total").value(0))
        .andExpect(jsonPath("$.unpaidBills.count").value(1))
        .andExpect(jsonPath("$.unpaidBills.amountFen").value(bill.totalFen()))
        .andExpect(jsonPath("$.coupons.count").value(1))
        .andExpect(jsonPath("$.coupons.nextExpiry").value(validUntil.toString()))
        .andExpect(jsonPath("$.openWorkOrders").value(1));
    mvc.perform(get("/api/v1/me/summary").with(consumer(dave)))
        .andExpect(jsonPath("$.balance.availableFen").value(0))
        .andExpect(jsonPath("$.unpaidBills.count").value(0))
        .andExpect(jsonPath("$.coupons.count").value(0))
        .andExpect(jsonPath("$.openWorkOrders").value(0));
  }

  private ResultActions open(String requester, String key, String body) throws Exception {
    return mvc.perform(post("/api/v1/work-orders").with(consumer(requester)).header("Idempotency-Key", key)
        .contentType(MediaType.APPLICATION_JSON).content(body));
  }

  private ResultActions reply(String requester, String id, String action, String body) throws Exception {
    return reply(consumer(requester), id, action, body);
  }

  private ResultActions reply(org.springframework.test.web.servlet.request.RequestPostProcessor who, String id,
      String action, String body) throws Exception {
    var request = post("/api/v1/work-orders/" + id + "/" + action).with(who)
        .header("Idempotency-Key", action + "-" + UUID.randomUUID());
    if (!body.isEmpty()) {
      request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
    return mvc.perform(request);
  }

  private void awaitDetail(String requester, String id, java.util.function.Predicate<JsonNode> condition) {
    await().atMost(Duration.ofSeconds(60)).until(() -> condition.test(read(mvc.perform(
        get("/api/v1/work-orders/" + id).with(consumer(requester))))));
  }

  private JsonNode read(ResultActions result) throws Exception {
    return json.readTree(result.andReturn().getResponse().getContentAsString());
  }

  private Bill issueBill(String consumerId) {
    BillLine line = new BillLine(1, BillLine.Kind.USAGE, Meter.GPU_HOURS, BigDecimal.valueOf(2), "GPU·h", 1_500,
        3_000);
    return bills.issue(consumerId, "provider-x", new RatedUsage("order-" + UUID.randomUUID(), "prd:x", 1,
        List.of(line), 3_000));
  }
}
