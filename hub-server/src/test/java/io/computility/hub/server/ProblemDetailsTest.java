package io.computility.hub.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@HubIntegrationTest
class ProblemDetailsTest {

  @LocalServerPort
  int port;

  HubClient hub;
  String operator;

  @BeforeEach
  void signIn() {
    hub = new HubClient(port);
    operator = hub.deviceToken("operator-demo", "demo");
  }

  @Test
  void malformedJsonIsA400NamingWhereItBroke() {
    HttpResponse<String> response = hub.call("POST", "/api/v1/accounts", operator, "{\"username\": ", "en");

    JsonNode problem = problem(response, 400);
    assertThat(problem.path("type").asText()).endsWith("/malformed-body");
    assertThat(problem.path("title").asText()).isEqualTo("Malformed request body");
    assertThat(problem.path("field").asText()).isEqualTo("$body");
    assertThat(problem.path("detail").asText()).contains("line 1");
  }

  @Test
  void aMissingFieldIsA400NamingTheField() {
    String withoutUsername = """
        {"password": "s3cret-pass", "displayName": "某数据中心", "tenant": "dc-1",
         "regionCode": "520000", "roles": ["REPORTER"]}""";

    JsonNode problem = problem(hub.call("POST", "/api/v1/accounts", operator, withoutUsername, "zh-CN"), 400);

    assertThat(problem.path("field").asText()).isEqualTo("username");
    assertThat(problem.path("title").asText()).isEqualTo("请求无效");
  }

  @Test
  void aWronglyTypedFieldIsA400NamingTheField() {
    String badRole = """
        {"username": "dc-guizhou", "password": "s3cret-pass", "displayName": "贵州数据中心", "tenant": "dc-2",
         "regionCode": "520000", "roles": ["EMPEROR"]}""";

    JsonNode problem = problem(hub.call("POST", "/api/v1/accounts", operator, badRole, "en"), 400);

    assertThat(problem.path("field").asText()).isEqualTo("roles[0]");
  }

  @Test
  void aRejectedRequestChangesNothingAndAGoodOneIsStored() {
    String name = "dc-" + System.nanoTime();
    String badRegion = """
        {"username": "%s", "password": "s3cret-pass", "displayName": "数据中心", "tenant": "dc",
         "regionCode": "52", "roles": ["REPORTER"]}""".formatted(name);

    assertThat(problem(hub.call("POST", "/api/v1/accounts", operator, badRegion, "en"), 400)
        .path("field").asText()).isEqualTo("regionCode");
    assertThat(hub.get("/api/v1/accounts", operator).body()).doesNotContain(name);

    String good = badRegion.replace("\"52\"", "\"520000\"");
    assertThat(hub.call("POST", "/api/v1/accounts", operator, good, "en").statusCode()).isEqualTo(201);
    JsonNode duplicate = problem(hub.call("POST", "/api/v1/accounts", operator, good, "en"), 409);
    assertThat(duplicate.path("field").asText()).isEqualTo("username");
    assertThat(duplicate.path("title").asText()).isEqualTo("Account already exists");
  }

  private static JsonNode problem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    return HubClient.json(response);
  }
}
