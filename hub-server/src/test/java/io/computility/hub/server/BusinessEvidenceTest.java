package io.computility.hub.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.computility.hub.ledger.EvidenceRecord;
import io.computility.hub.ledger.Ledger;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Key business records of the modules reach the ledger through the API calls that make them. */
@HubIntegrationTest
class BusinessEvidenceTest {

  @LocalServerPort
  int port;

  @Autowired
  Ledger ledger;

  HubClient hub;
  String operator;

  @BeforeEach
  void connect() {
    hub = new HubClient(port);
    operator = hub.deviceToken("operator-demo", "demo");
  }

  @Test
  void openingAnAccountIsOnTheLedger() {
    String name = "evidence-" + System.nanoTime();
    String account = """
        {"username": "%s", "password": "s3cret-pass", "displayName": "贵州数据中心", "tenant": "gz-dc",
         "regionCode": "520000", "roles": ["REPORTER"]}""".formatted(name);

    assertThat(hub.call("POST", "/api/v1/accounts", operator, account, "en").statusCode()).isEqualTo(201);

    EvidenceRecord opened = onLedger(name);
    assertThat(opened.recordId()).isEqualTo("account.opened:" + name);
    assertThat(opened.actor()).isEqualTo(name);
  }

  @Test
  void everyVersionOfAPlacementPolicyIsOnTheLedger() {
    String name = "evidence-" + System.nanoTime();
    String policy = """
        {"name": "%s", "businessType": "INFERENCE", "filters": ["capacity", "kind"],
         "weights": {"price": %d}}""";

    assertThat(hub.call("POST", "/api/v1/scheduling/policies", operator, policy.formatted(name, 1), "en")
        .statusCode()).isEqualTo(201);
    assertThat(hub.call("PUT", "/api/v1/scheduling/policies/" + name, operator, policy.formatted(name, 2), "en")
        .statusCode()).isEqualTo(200);

    assertThat(onLedger(name + "@v1").recordId()).isEqualTo("policy.changed:" + name + "@v1");
    assertThat(onLedger(name + "@v2").actor()).isEqualTo("operator-demo");
  }

  private EvidenceRecord onLedger(String businessKey) {
    await().atMost(Duration.ofSeconds(30)).until(() -> !ledger.recordsOf(businessKey).isEmpty());
    List<EvidenceRecord> records = ledger.recordsOf(businessKey);
    assertThat(records).hasSize(1);
    return records.get(0);
  }
}
