package io.computility.hub.server.engine;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * WireMock standing in for a Camunda 8 cluster's REST API in front of the whole hub: it accepts the deployment,
 * instance starts, message publications and job outcomes, finds no running instance or waiting user task, and
 * hands out a job only when a test asks for one, to the worker of that job type alone.
 */
final class Camunda8Cluster {

  private static final Duration OUTCOME_TIMEOUT = Duration.ofSeconds(20);

  private final WireMockServer server = new WireMockServer(options().dynamicPort());
  private final AtomicLong keys = new AtomicLong(2251799813700000L);

  Camunda8Cluster() {
    server.start();
    server.stubFor(post(urlEqualTo("/v2/jobs/activation")).atPriority(10).willReturn(okJson("{\"jobs\":[]}")));
    server.stubFor(post(urlPathMatching("/v2/jobs/\\d+/(completion|failure|error)"))
        .willReturn(aResponse().withStatus(204)));
    server.stubFor(patch(urlPathMatching("/v2/jobs/\\d+")).willReturn(aResponse().withStatus(204)));
    server.stubFor(post(urlEqualTo("/v2/deployments")).willReturn(okJson("""
        {"deploymentKey":"2251799813685250","tenantId":"<default>","deployments":[]}""")));
    server.stubFor(post(urlEqualTo("/v2/process-instances")).willReturn(okJson("""
        {"processDefinitionId":"any","processDefinitionVersion":1,"tenantId":"<default>","variables":{},
         "processDefinitionKey":"2251799813685251","processInstanceKey":"2251799813685301","tags":[]}""")));
    server.stubFor(post(urlEqualTo("/v2/messages/publication")).willReturn(okJson("""
        {"tenantId":"<default>","messageKey":"2251799813685401"}""")));
    String nothingFound = "{\"items\":[],\"page\":{\"totalItems\":0}}";
    server.stubFor(post(urlEqualTo("/v2/process-instances/search")).willReturn(okJson(nothingFound)));
    server.stubFor(post(urlEqualTo("/v2/user-tasks/search")).willReturn(okJson(nothingFound)));
  }

  String url() {
    return server.baseUrl();
  }

  WireMockServer server() {
    return server;
  }

  /** A key for a new process instance. */
  long newInstanceKey() {
    return keys.addAndGet(10);
  }

  /**
   * Hands one job of {@code type} of the instance {@code processInstanceKey} with {@code variablesJson} to the
   * next activation request for that type, and returns the request its outcome sent back: a completion, failure
   * or BPMN error.
   */
  LoggedRequest serve(String type, long processInstanceKey, int retries, String variablesJson) {
    long jobKey = keys.addAndGet(10);
    server.stubFor(post(urlEqualTo("/v2/jobs/activation")).atPriority(1)
        .withRequestBody(matchingJsonPath("$.type", equalTo(type)))
        .inScenario("job-" + jobKey).whenScenarioStateIs(Scenario.STARTED).willSetStateTo("handed out")
        .willReturn(okJson("""
            {"jobs":[{"jobKey":"%d","type":"%s","processDefinitionId":"any","processDefinitionVersion":1,
              "elementId":"work","customHeaders":{},"worker":"hub","retries":%d,"deadline":4102444800000,
              "variables":%s,"tenantId":"<default>","processInstanceKey":"%d",
              "processDefinitionKey":"2251799813685251","elementInstanceKey":"%d","kind":"BPMN_ELEMENT",
              "listenerEventType":"UNSPECIFIED","tags":[]}]}
            """.formatted(jobKey, type, retries, variablesJson, processInstanceKey, jobKey + 1))));
    return await().atMost(OUTCOME_TIMEOUT).pollInterval(Duration.ofMillis(20)).until(() -> server
            .findAll(postRequestedFor(urlPathMatching("/v2/jobs/" + jobKey + "/(completion|failure|error)"))),
        requests -> !requests.isEmpty()).get(0);
  }

  /** From now on, the search for the completed {@code elementId} task of the instance finds it done by someone. */
  void completedUserTask(long processInstanceKey, String elementId, String assignee) {
    server.stubFor(post(urlEqualTo("/v2/user-tasks/search")).atPriority(1)
        .withRequestBody(matchingJsonPath("$.filter.processInstanceKey", equalTo(Long.toString(processInstanceKey))))
        .withRequestBody(matchingJsonPath("$.filter.elementId", equalTo(elementId)))
        .withRequestBody(matchingJsonPath("$.filter.state", containing("COMPLETED")))
        .willReturn(okJson("""
            {"items":[{"name":"Task","state":"COMPLETED","assignee":"%s","elementId":"%s","candidateGroups":[],
              "candidateUsers":[],"processDefinitionId":"any","creationDate":"2026-11-27T02:00:00Z",
              "completionDate":"2026-11-27T02:05:00Z","tenantId":"<default>","processDefinitionVersion":1,
              "customHeaders":{},"priority":50,"userTaskKey":"%d","elementInstanceKey":"%d",
              "processDefinitionKey":"2251799813685251","processInstanceKey":"%d"}],"page":{"totalItems":1}}
            """.formatted(assignee, elementId, processInstanceKey + 5, processInstanceKey + 6, processInstanceKey))));
  }
}
