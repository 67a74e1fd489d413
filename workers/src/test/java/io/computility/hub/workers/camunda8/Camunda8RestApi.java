package io.computility.hub.workers.camunda8;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

/**
 * WireMock standing in for a Camunda 8 cluster's REST API (the remote platform at the edge of the hub): it
 * answers job activation with no jobs unless a test hands one out, accepts every job outcome, deployment,
 * instance start and message publication, and records the requests for the tests to check.
 */
final class Camunda8RestApi {

  private static final String EMPTY = "{\"jobs\":[]}";

  private final WireMockServer server = new WireMockServer(options().dynamicPort());

  Camunda8RestApi() {
    server.start();
    server.stubFor(post(urlEqualTo("/v2/jobs/activation")).atPriority(10).willReturn(okJson(EMPTY)));
    server.stubFor(post(urlPathMatching("/v2/jobs/\\d+/(completion|failure|error)"))
        .willReturn(aResponse().withStatus(204)));
    server.stubFor(patch(urlPathMatching("/v2/jobs/\\d+")).willReturn(aResponse().withStatus(204)));
    server.stubFor(post(urlEqualTo("/v2/deployments")).willReturn(okJson("""
        {"deploymentKey":"2251799813685250","tenantId":"<default>","deployments":[
          {"processDefinition":{"processDefinitionId":"greeting","processDefinitionVersion":1,
           "resourceName":"greeting.bpmn","tenantId":"<default>","processDefinitionKey":"2251799813685251"}}]}
        """)));
    server.stubFor(post(urlEqualTo("/v2/process-instances")).willReturn(okJson("""
        {"processDefinitionId":"orderFulfilment","processDefinitionVersion":3,"tenantId":"<default>",
         "variables":{},"processDefinitionKey":"2251799813685251","processInstanceKey":"2251799813685301",
         "tags":[]}
        """)));
    server.stubFor(post(urlEqualTo("/v2/messages/publication")).willReturn(okJson("""
        {"tenantId":"<default>","messageKey":"2251799813685401"}
        """)));
  }

  WireMockServer server() {
    return server;
  }

  String url() {
    return server.baseUrl();
  }

  /** The next activation for {@code type} hands out one job with {@code variablesJson}; later ones none. */
  void handOut(String type, long jobKey, int retries, String variablesJson) {
    handOut(type, jobKey, retries, variablesJson, "{}");
  }

  /** As {@link #handOut(String, long, int, String)}, the job's task headers given. */
  void handOut(String type, long jobKey, int retries, String variablesJson, String headersJson) {
    server.stubFor(post(urlEqualTo("/v2/jobs/activation")).atPriority(1)
        .withRequestBody(matchingJsonPath("$.type", equalTo(type)))
        .inScenario("job-" + jobKey).whenScenarioStateIs(Scenario.STARTED).willSetStateTo("handed out")
        .willReturn(okJson("""
            {"jobs":[{"jobKey":"%d","type":"%s","processDefinitionId":"orderFulfilment",
              "processDefinitionVersion":3,"elementId":"work","customHeaders":%s,"worker":"hub","retries":%d,
              "deadline":4102444800000,"variables":%s,"tenantId":"<default>","processInstanceKey":"%d",
              "processDefinitionKey":"2251799813685251","elementInstanceKey":"%d","kind":"BPMN_ELEMENT",
              "listenerEventType":"UNSPECIFIED","tags":[]}]}
            """.formatted(jobKey, type, headersJson, retries, variablesJson, jobKey + 1, jobKey + 2))));
  }
}
