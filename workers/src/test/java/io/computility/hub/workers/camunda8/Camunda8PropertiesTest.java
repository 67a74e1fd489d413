package io.computility.hub.workers.camunda8;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.computility.hub.workers.camunda8.Camunda8Properties.Auth;
import io.computility.hub.workers.camunda8.Camunda8Properties.AuthMode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Camunda8PropertiesTest {

  @Test
  void theGrpcAddressDefaultsToTheRestHost() {
    Camunda8Properties properties = properties(URI.create("https://camunda.example.gov.cn:8443"), null);

    assertThat(properties.effectiveGrpcAddress()).isEqualTo(URI.create("https://camunda.example.gov.cn:26500"));
    assertThat(properties.auth().mode()).isEqualTo(AuthMode.NONE);
  }

  @Test
  void theRestAddressIsRequiredOnlyWhenTheClientIsBuilt() {
    Camunda8Properties unset = properties(null, null);

    assertThatThrownBy(unset::requireRestAddress).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("hub.camunda8.rest-address");
  }

  @Test
  void oauthNeedsClientIdSecretAndTokenUrl() {
    Auth withoutSecret = new Auth(AuthMode.OAUTH, "hub", null, URI.create("https://login.example/oauth/token"),
        null, null);

    assertThatThrownBy(withoutSecret::requireComplete).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("client-secret");
  }

  @Test
  void datesTravelAsIsoStringsAndEverythingElseAsItIs() {
    Map<String, Object> json = Camunda8Variables.of(Map.of(
        "dueAt", Date.from(Instant.parse("2026-12-01T08:00:00Z")),
        "remindAt", Instant.parse("2026-11-30T08:00:00Z"),
        "units", 4L,
        "approved", true));

    assertThat(json).containsExactlyInAnyOrderEntriesOf(Map.of(
        "dueAt", "2026-12-01T08:00:00Z", "remindAt", "2026-11-30T08:00:00Z", "units", 4L, "approved", true));
  }

  private static Camunda8Properties properties(URI rest, Auth auth) {
    return new Camunda8Properties(rest, null, null, auth, Duration.ofMillis(100), Duration.ofSeconds(20),
        Duration.ZERO, "classpath*:camunda8/*.bpmn");
  }
}
