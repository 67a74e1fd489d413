package io.computility.hub.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.computility.hub.ledger.EvidenceRecord;
import io.computility.hub.ledger.EvidenceType;
import io.computility.hub.ledger.chain.EvidenceBundle;
import io.computility.hub.ledger.chain.EvidenceProof;
import io.computility.hub.ledger.chain.NodeKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The README's walkthrough, over HTTP alone with the demo consumer's token, on the embedded default (H2 under a
 * fresh data directory, the simulated providers onboarded automatically): top up, publish a GPU demand, confirm an
 * offer, wait for the order to run, release it, and find the bill and the wallet's final balance agreeing. Usage is
 * metered every five seconds here (a quarter of an hour by default), so the short run has samples to bill.
 */
@SpringBootTest(classes = HubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"logging.file.name=", "hub.orders.provisioning-poll-interval=PT2S",
        "hub.orders.metering-interval=PT5S"})
class PortalWalkthroughTest {

  private static final Duration ONBOARDING = Duration.ofMinutes(3);
  private static final Duration STEP = Duration.ofMinutes(2);
  private static final long TOP_UP_FEN = 500_000;
  private static final ObjectMapper BUNDLES = new ObjectMapper().findAndRegisterModules()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  @LocalServerPort
  int port;

  @DynamicPropertySource
  static void freshDataDirectory(DynamicPropertyRegistry properties) {
    try {
      properties.add("hub.data-dir", Files.createTempDirectory("hub-walkthrough")::toString);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aConsumerBuysGpuTimeAndPaysForWhatItUsed() {
    HubClient hub = new HubClient(port);
    String token = hub.deviceToken("consumer-demo", "demo");
    long before = json(hub.get("/api/v1/wallet", token), 200).path("available").asLong();

    // Top up (a simulated payment on the embedded default); the repeat with the same key moves no more money
    String topUp = "{\"amountFen\": " + TOP_UP_FEN + "}";
    JsonNode paid = json(post(hub, "/api/v1/wallet/top-ups", token, topUp, "walkthrough-top-up"), 201);
    assertThat(json(post(hub, "/api/v1/wallet/top-ups", token, topUp, "walkthrough-top-up"), 201)
        .path("transactionId")).isEqualTo(paid.path("transactionId"));
    assertThat(json(hub.get("/api/v1/wallet", token), 200).path("available").asLong())
        .isEqualTo(before + TOP_UP_FEN);

    // The simulated providers' GPU products are in the catalogue once their onboarding has listed them
    await().atMost(ONBOARDING).until(() -> json(hub.get("/api/v1/catalogue?kind=INTELLIGENT", token), 200)
        .path("total").asLong() > 0);

    // A bad demand is refused naming the field; a good one is published
    HttpResponse<String> bad = post(hub, "/api/v1/demands", token,
        "{\"kind\": \"INTELLIGENT_GPU\", \"quantity\": 0, \"durationMinutes\": 60, \"paymentMode\": \"PREPAID\"}",
        "walkthrough-bad-" + UUID.randomUUID());
    assertThat(json(bad, 400).path("field").asText()).isEqualTo("quantity");
    JsonNode demand = json(post(hub, "/api/v1/demands", token, """
        {"kind": "INTELLIGENT_GPU", "quantity": 1, "durationMinutes": 120, "paymentMode": "PREPAID",
         "autoSelectPreferred": false}""", "walkthrough-demand"), 201);
    String demandId = demand.path("id").asText();

    // Its offers, ranked with their score breakdown; the consumer confirms the best
    // (PLACED is the moment between placement and the question to the consumer)
    String status = await().atMost(STEP).until(() -> demandStatus(hub, token, demandId),
        s -> !s.equals("PUBLISHED") && !s.equals("PLACED"));
    assertThat(status).isEqualTo("AWAITING_CONFIRMATION");
    JsonNode offers = json(hub.get("/api/v1/demands/" + demandId + "/offers", token), 200);
    assertThat(offers.path("total").asLong()).isPositive();
    JsonNode best = offers.path("items").get(0);
    assertThat(best.path("rank").asInt()).isEqualTo(1);
    assertThat(best.path("breakdown")).isNotEmpty();
    json(post(hub, "/api/v1/demands/" + demandId + "/offers/" + best.path("poolId").asText() + "/confirm", token,
        null, "walkthrough-confirm"), 200);

    // The order runs: its estimated cost is held on the wallet, its process waits in the running step
    String orderId = await().atMost(STEP).until(() -> json(hub.get("/api/v1/demands/" + demandId, token), 200)
        .path("orderId").asText(null), id -> id != null);
    JsonNode running = await().atMost(STEP).until(() -> order(hub, token, orderId),
        detail -> detail.path("order").path("status").asText().equals("RUNNING"));
    assertThat(running.path("steps").path("history").findValuesAsText("activityId"))
        .contains("placeDemand", "offerConfirmed", "createOrder", "authorisePayment", "provisionResources");
    long estimate = running.path("order").path("estimatedCostFen").asLong();
    JsonNode wallet = json(hub.get("/api/v1/wallet", token), 200);
    assertThat(wallet.path("held").asLong()).isEqualTo(estimate);

    // Released on request; billed and settled: the wallet paid the bill's total and nothing stays held
    json(post(hub, "/api/v1/orders/" + orderId + "/release", token, null, "walkthrough-release"), 202);
    JsonNode settled = await().atMost(STEP).until(() -> order(hub, token, orderId),
        detail -> detail.path("order").path("status").asText().equals("SETTLED"));
    assertThat(settled.path("statusHistory").toString()).contains("RUNNING", "RELEASING", "BILLED", "SETTLED");
    JsonNode bill = json(hub.get("/api/v1/bills/" + settled.path("order").path("billId").asText(), token), 200);
    assertThat(bill.path("orderId").asText()).isEqualTo(orderId);
    assertThat(bill.path("lines")).isNotEmpty();
    long total = bill.path("totalFen").asLong();
    assertThat(bill.path("collectedFen").asLong()).isEqualTo(total);
    assertThat(json(hub.get("/api/v1/bills?order=" + orderId, token), 200).path("total").asLong()).isEqualTo(1);
    JsonNode after = json(hub.get("/api/v1/wallet", token), 200);
    assertThat(after.path("available").asLong()).isEqualTo(before + TOP_UP_FEN - total);
    assertThat(after.path("held").asLong()).isZero();

    // Every step of the order's process, the order and its bill are on the ledger, in order, and the consumer's
    // bundle verifies offline with nothing but the node's published key (O-8.5).
    NodeKey.PublicKey nodeKey = NodeKey.PublicKey.fromHex(
        json(hub.get("/api/v1/evidence/node-key", token), 200).path("publicKey").asText());
    EvidenceBundle evidence = await().atMost(STEP).until(() -> evidence(hub, token, orderId),
        bundle -> bundle.proofs().stream().anyMatch(proof -> "bill.settled".equals(proof.record().detail()))
            && bundle.proofs().stream().anyMatch(proof -> proof.record().type() == EvidenceType.PROCESS_ENDED));
    assertThat(evidence.check(nodeKey)).isEmpty();
    List<EvidenceRecord> records = evidence.proofs().stream().map(EvidenceProof::record).toList();
    assertThat(records.get(0).type()).isEqualTo(EvidenceType.PROCESS_STARTED);
    assertThat(records).filteredOn(record -> record.type() == EvidenceType.BUSINESS)
        .extracting(EvidenceRecord::detail).containsExactly("order.created", "bill.issued", "bill.settled");
    assertThat(records).filteredOn(record -> record.type() == EvidenceType.ACTIVITY_ENDED)
        .extracting(EvidenceRecord::activityId)
        .contains("placeDemand", "createOrder", "authorisePayment", "provisionResources", "meterFinalUsage",
            "releaseResources", "rateAndBill", "settleOrder");
    assertThat(hub.get("/api/v1/orders/" + orderId + "/evidence", hub.deviceToken("provider-demo", "demo"))
        .statusCode()).isEqualTo(403);

    // The order is recorded in its pool's region: a regulator of that province reads its evidence, one of another
    // province is refused
    String region = records.stream().filter(record -> "order.created".equals(record.detail())).findFirst()
        .orElseThrow().region();
    assertThat(region).matches("\\d{6}");
    String province = region.substring(0, 2) + "0000";
    String operator = hub.deviceToken("operator-demo", "demo");
    String inside = regulator(hub, operator, province);
    String outside = regulator(hub, operator, province.equals("110000") ? "310000" : "110000");
    assertThat(hub.get("/api/v1/orders/" + orderId + "/evidence", inside).statusCode()).isEqualTo(200);
    HttpResponse<String> refused = hub.get("/api/v1/orders/" + orderId + "/evidence", outside);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("evidence-access-denied");
  }

  /** A new regulator account for {@code region}, signed in. */
  private static String regulator(HubClient hub, String operator, String region) {
    String name = "regulator-" + region + "-" + UUID.randomUUID().toString().substring(0, 8);
    String account = """
        {"username": "%s", "password": "s3cret-pass", "displayName": "监管 Regulator", "tenant": "regulators",
         "regionCode": "%s", "roles": ["REGULATOR"]}""".formatted(name, region);
    assertThat(hub.call("POST", "/api/v1/accounts", operator, account, "en").statusCode()).isEqualTo(201);
    return hub.deviceToken(name, "s3cret-pass");
  }

  private static EvidenceBundle evidence(HubClient hub, String token, String orderId) throws IOException {
    return BUNDLES.readValue(json(hub.get("/api/v1/orders/" + orderId + "/evidence", token), 200).toString(),
        EvidenceBundle.class);
  }

  private static String demandStatus(HubClient hub, String token, String demandId) {
    return json(hub.get("/api/v1/demands/" + demandId, token), 200).path("demand").path("status").asText();
  }

  private static JsonNode order(HubClient hub, String token, String orderId) {
    return json(hub.get("/api/v1/orders/" + orderId, token), 200);
  }

  private static HttpResponse<String> post(HubClient hub, String path, String token, String body, String key) {
    return hub.call("POST", path, token, body, null, key);
  }

  private static JsonNode json(HttpResponse<String> response, int expectedStatus) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
    return HubClient.json(response);
  }
}
