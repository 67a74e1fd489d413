package io.computility.hub.workers.camunda8;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.camunda.client.CamundaClient;
import io.computility.hub.workers.ScriptedWorker;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.WorkersTestApplication;
import io.computility.hub.workers.process.ProcessCommands;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Camunda 8 runtime against WireMock standing in for the cluster's REST API: an activated job reaches the
 * worker's own code and the completion, BPMN error or failure goes back with the body the REST API documents;
 * the models are deployed at start; {@link ProcessCommands} send the documented requests.
 */
@SpringBootTest(classes = WorkersTestApplication.class, properties = {
    "hub.engine=camunda8",
    "hub.camunda8.poll-interval=50ms",
    "hub.camunda8.models=classpath*:camunda8-test/*.bpmn"})
// Closed after the class, so its job workers stop polling; the stand-in cluster lives as long as the JVM.
@DirtiesContext
class Camunda8RuntimeTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(20);
  private static final Camunda8RestApi CLUSTER = new Camunda8RestApi();
  private static final AtomicLong JOB_KEYS = new AtomicLong(2251799813690000L);

  @Autowired ApplicationContext context;
  @Autowired ScriptedWorker completingWorker;
  @Autowired ScriptedWorker rejectingWorker;
  @Autowired ScriptedWorker flakyWorker;
  @Autowired ScriptedWorker longRunningWorker;
  @Autowired ProcessCommands processes;

  @DynamicPropertySource
  static void cluster(DynamicPropertyRegistry registry) {
    registry.add("hub.camunda8.rest-address", CLUSTER::url);
  }

  /** A job of a real worker's topic, and the request its outcome must send. */
  record Case(String name, String topic, String variables, String outcome, String body) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> realWorkers() {
    String unknownDemand = "c8-" + UUID.randomUUID();
    return Stream.of(
        new Case("hello completes with its greeting", "hello", """
            {"name":"Ada","businessKey":"order-1"}""", "completion", """
            {"variables":{"greeting":"你好, Ada / Hello, Ada"}}"""),
        new Case("hello without a name throws its BPMN error", "hello", "{}", "error", """
            {"errorCode":"NAME_MISSING","errorMessage":"No name to greet","variables":{}}"""),
        new Case("capacity-release of an unknown demand completes with nothing released", "capacity-release",
            "{\"demandId\":\"" + unknownDemand + "\"}", "completion", """
            {"variables":{"capacityReleased":false}}"""),
        new Case("capacity-reservation on an unknown pool throws UNKNOWN_POOL", "capacity-reservation",
            "{\"demandId\":\"" + unknownDemand + "\",\"poolId\":\"no-such-pool\",\"units\":2}", "error", """
            {"errorCode":"UNKNOWN_POOL","errorMessage":"Pool capacity not registered",
             "variables":{"reservationOutcome":"UNKNOWN_POOL"}}"""),
        new Case("placement without its modules fails and is retried with the topic's back-off", "placement",
            "{\"demandId\":\"" + unknownDemand + "\"}", "failure", """
            {"retries":2,"retryBackOff":50,
             "errorMessage":"Placement is not wired: a DemandSource and a PoolDirectory bean are needed"}"""),
        new Case("placement without demandId raises an incident at once", "placement", "{}", "failure", """
            {"retries":0,"retryBackOff":0,"errorMessage":"Required process variable 'demandId' is missing"}"""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("realWorkers")
  void anActivatedJobReachesTheWorkerAndItsOutcomeGoesBack(Case job) {
    long key = JOB_KEYS.incrementAndGet();
    CLUSTER.handOut(job.topic(), key, 3, job.variables());

    LoggedRequest outcome = awaitOutcome(key);

    assertThat(outcome.getUrl()).isEqualTo("/v2/jobs/" + key + "/" + job.outcome());
    assertThat(equalToJson(job.body(), false, true).match(outcome.getBodyAsString()).isExactMatch())
        .as("%s body %s", job.outcome(), outcome.getBodyAsString()).isTrue();
  }

  @Test
  void everyWorkerPollsItsTopicWithItsLockDurationAsJobTimeout() {
    List<String> topics = context.getBeansOfType(io.computility.hub.workers.Worker.class).values().stream()
        .map(io.computility.hub.workers.Worker::topic).toList();
    assertThat(topics).contains("hello", "placement", "capacity-reservation", "capacity-release");

    await().atMost(TIMEOUT).untilAsserted(() -> {
      for (String topic : topics) {
        String timeout = topic.equals("long-running") ? "3000" : "30000";
        CLUSTER.server().verify(postRequestedFor(urlEqualTo("/v2/jobs/activation"))
            .withRequestBody(matchingJsonPath("$.type", WireMock.equalTo(topic)))
            .withRequestBody(matchingJsonPath("$.timeout", WireMock.equalTo(timeout))));
      }
    });
  }

  @Test
  void theWorkItemCarriesTheJobAndItsBusinessKey() {
    completingWorker.script(item -> WorkResult.complete(Map.of("units", 4L, "approved", true,
        "note", "ok for " + item.requiredString("demandId"))));
    long key = JOB_KEYS.incrementAndGet();
    CLUSTER.handOut("completing", key, 3, """
        {"demandId":"d-7","businessKey":"d-7","nothing":null}""");

    LoggedRequest outcome = awaitOutcome(key);

    assertThat(outcome.getUrl()).endsWith("/completion");
    assertThat(equalToJson("""
        {"variables":{"units":4,"approved":true,"note":"ok for d-7"}}""", false, true)
        .match(outcome.getBodyAsString()).isExactMatch()).as(outcome.getBodyAsString()).isTrue();
    assertThat(completingWorker.calls()).singleElement().satisfies(call -> {
      assertThat(call.item().taskId()).isEqualTo(Long.toString(key));
      assertThat(call.item().processInstanceId()).isEqualTo(Long.toString(key + 1));
      assertThat(call.item().businessKey()).isEqualTo("d-7");
      assertThat(call.item().activityId()).isEqualTo("work");
      assertThat(call.item().retriesLeft()).isEqualTo(2);
      assertThat(call.item().variables()).containsOnlyKeys("demandId", "businessKey");
    });
  }

  @Test
  void aBpmnErrorGoesBackWithItsVariables() {
    rejectingWorker.script(item -> WorkResult.bpmnError("INSUFFICIENT_BALANCE", "Balance too low",
        Map.of("shortfallFen", 1200L)));
    long key = JOB_KEYS.incrementAndGet();
    CLUSTER.handOut("rejecting", key, 3, "{}");

    LoggedRequest outcome = awaitOutcome(key);

    assertThat(outcome.getUrl()).endsWith("/error");
    assertThat(equalToJson("""
        {"errorCode":"INSUFFICIENT_BALANCE","errorMessage":"Balance too low","variables":{"shortfallFen":1200}}""",
        false, true).match(outcome.getBodyAsString()).isExactMatch()).as(outcome.getBodyAsString()).isTrue();
  }

  @Test
  void theErrorVariablesOfTheCamunda7ModelComeFromTheTaskHeaders() {
    rejectingWorker.script(item -> WorkResult.bpmnError("CREDENTIALS_REJECTED", "Token expired"));
    long key = JOB_KEYS.incrementAndGet();
    CLUSTER.handOut("rejecting", key, 3, "{}", """
        {"errorCodeVariable.CREDENTIALS_REJECTED":"rejectionCode",
         "errorMessageVariable.CREDENTIALS_REJECTED":"rejectionReason",
         "errorCodeVariable.NO_ADAPTER":"otherCode"}""");

    LoggedRequest outcome = awaitOutcome(key);

    assertThat(equalToJson("""
        {"errorCode":"CREDENTIALS_REJECTED","errorMessage":"Token expired",
         "variables":{"rejectionCode":"CREDENTIALS_REJECTED","rejectionReason":"Token expired"}}""")
        .match(outcome.getBodyAsString()).isExactMatch()).as(outcome.getBodyAsString()).isTrue();
  }

  @Test
  void datesTravelAsIsoStrings() {
    completingWorker.script(item -> WorkResult.complete(Map.of(
        "dueAt", java.util.Date.from(java.time.Instant.parse("2026-12-01T00:00:00Z")),
        "remindAt", java.time.Instant.parse("2026-11-30T00:00:00Z"))));
    long key = JOB_KEYS.incrementAndGet();
    CLUSTER.handOut("completing", key, 3, "{}");

    LoggedRequest outcome = awaitOutcome(key);

    assertThat(equalToJson("""
        {"variables":{"dueAt":"2026-12-01T00:00:00Z","remindAt":"2026-11-30T00:00:00Z"}}""", false, true)
        .match(outcome.getBodyAsString()).isExactMatch()).as(outcome.getBodyAsString()).isTrue();
  }

  @Test
  void aThrowingWorkerFailsTheJobWithTheTopicsBackoffUntilTheRetriesRunOut() {
    flakyWorker.script(item -> {
      throw new IllegalStateException("provider down");
    });
    long first = JOB_KEYS.incrementAndGet();
    CLUSTER.handOut("flaky", first, 3, "{}");
    // flaky's back-off: 2 s, doubling, at most 3 s; the second failure of three waits 3 s.
    assertThat(awaitOutcome(first).getBodyAsString()).satisfies(body -> assertThat(equalToJson("""
        {"retries":2,"retryBackOff":2000,"errorMessage":"provider down"}""", false, true).match(body)
        .isExactMatch()).as(body).isTrue());

    long second = JOB_KEYS.incrementAndGet();
    CLUSTER.handOut("flaky", second, 2, "{}");
    assertThat(awaitOutcome(second).getBodyAsString()).satisfies(body -> assertThat(equalToJson("""
        {"retries":1,"retryBackOff":3000,"errorMessage":"provider down"}""", false, true).match(body)
        .isExactMatch()).as(body).isTrue());

    long last = JOB_KEYS.incrementAndGet();
    CLUSTER.handOut("flaky", last, 1, "{}");
    assertThat(awaitOutcome(last).getBodyAsString()).satisfies(body -> assertThat(equalToJson("""
        {"retries":0,"retryBackOff":0,"errorMessage":"provider down"}""", false, true).match(body)
        .isExactMatch()).as(body).isTrue());
  }

  @Test
  void aLongRunningJobHasItsTimeoutExtendedUntilItsWorkerIsDone() throws Exception {
    CountDownLatch extended = new CountDownLatch(1);
    longRunningWorker.script(item -> {
      extended.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      return WorkResult.complete();
    });
    long key = JOB_KEYS.incrementAndGet();
    CLUSTER.handOut("long-running", key, 3, "{}");

    // long-running's lock duration is 3 s: the timeout is pushed out to 3 s again every second.
    await().atMost(TIMEOUT).untilAsserted(() -> CLUSTER.server().verify(
        patchRequestedFor(urlEqualTo("/v2/jobs/" + key))
            .withRequestBody(equalToJson("{\"changeset\":{\"timeout\":3000}}", false, true))));
    extended.countDown();

    assertThat(awaitOutcome(key).getUrl()).endsWith("/completion");
  }

  @Test
  void theConvertedModelsAreDeployedAtStart() {
    CLUSTER.server().verify(postRequestedFor(urlEqualTo("/v2/deployments"))
        .withHeader("Content-Type", containing("multipart/form-data"))
        .withRequestBody(containing("filename=\"greeting.bpmn\""))
        .withRequestBody(containing("<zeebe:taskDefinition type=\"hello\"/>")));
  }

  @Test
  void theClientIsTheOnlyEngineClientAndTheOperatonRuntimeDoesNotPoll() {
    assertThat(context.getBeansOfType(CamundaClient.class)).hasSize(1);
    assertThat(context.getBeanNamesForType(
        io.computility.hub.workers.runtime.WorkersProperties.class)).hasSize(1);
    assertThat(context.containsBean("workerRuntime")).isFalse();
  }

  @Test
  void startingAnInstanceSendsTheBusinessKeyAsVariable() {
    String key = processes.start("orderFulfilment", "d-42", Map.of("demandId", "d-42", "autoSelectPreferred", true));

    assertThat(key).isEqualTo("2251799813685301");
    CLUSTER.server().verify(postRequestedFor(urlEqualTo("/v2/process-instances")).withRequestBody(equalToJson("""
        {"processDefinitionId":"orderFulfilment",
         "variables":{"businessKey":"d-42","demandId":"d-42","autoSelectPreferred":true}}""", false, true)));
  }

  @Test
  void aMessageIsPublishedWithTheBusinessKeyOrTheVariableAsCorrelationKey() {
    processes.correlate("OfferConfirmed", "d-43", Map.of("confirmedPoolId", "pool-9"));
    processes.correlateByVariable("ProvisioningReported", "allocationId", "alloc-7",
        Map.of("provisioningState", "ACTIVE"));

    CLUSTER.server().verify(postRequestedFor(urlEqualTo("/v2/messages/publication")).withRequestBody(equalToJson("""
        {"name":"OfferConfirmed","correlationKey":"d-43","timeToLive":0,
         "variables":{"confirmedPoolId":"pool-9"}}""", false, true)));
    CLUSTER.server().verify(postRequestedFor(urlEqualTo("/v2/messages/publication")).withRequestBody(equalToJson("""
        {"name":"ProvisioningReported","correlationKey":"alloc-7","timeToLive":0,
         "variables":{"provisioningState":"ACTIVE"}}""", false, true)));
  }

  @Test
  void theRunningInstanceIsFoundByItsBusinessKeyVariable() {
    CLUSTER.server().stubFor(WireMock.post(urlEqualTo("/v2/process-instances/search")).willReturn(WireMock.okJson("""
        {"items":[{"processDefinitionId":"indicatorCollection","processDefinitionName":"Indicator collection",
          "processDefinitionVersion":1,"startDate":"2026-11-27T02:00:00Z","state":"ACTIVE","hasIncident":false,
          "tenantId":"<default>","processInstanceKey":"2251799813685601","processDefinitionKey":"2251799813685251"}],
         "page":{"totalItems":1}}""")));

    assertThat(processes.runningInstance("indicatorCollection", "DC/2026-10/U2")).contains("2251799813685601");
    CLUSTER.server().verify(postRequestedFor(urlEqualTo("/v2/process-instances/search"))
        .withRequestBody(matchingJsonPath("$.filter.processDefinitionId", WireMock.containing("indicatorCollection")))
        .withRequestBody(matchingJsonPath("$.filter.state", WireMock.containing("ACTIVE")))
        .withRequestBody(containing("businessKey"))
        .withRequestBody(containing("DC/2026-10/U2")));
  }

  @Test
  void aProcessWithAMessageStartEventIsStartedByPublishingItsMessageWithTheBusinessKey() {
    assertThat(processes.startByMessage("BillingCycleRequested", "cycle:2026-11", Map.of("period", "2026-11")))
        .isEqualTo("2251799813685401");

    CLUSTER.server().verify(postRequestedFor(urlEqualTo("/v2/messages/publication")).withRequestBody(equalToJson("""
        {"name":"BillingCycleRequested","correlationKey":"cycle:2026-11",
         "variables":{"period":"2026-11","businessKey":"cycle:2026-11"}}""", false, true)));
  }

  @Test
  void variablesAreSetOnTheRunningInstanceOfABusinessKey() {
    CLUSTER.server().stubFor(WireMock.post(urlEqualTo("/v2/process-instances/search")).willReturn(WireMock.okJson("""
        {"items":[{"processDefinitionId":"order-fulfilment","processDefinitionName":"Order fulfilment",
          "processDefinitionVersion":1,"startDate":"2026-11-27T02:00:00Z","state":"ACTIVE","hasIncident":false,
          "tenantId":"<default>","processInstanceKey":"2251799813685701","processDefinitionKey":"2251799813685252"}],
         "page":{"totalItems":1}}""")));
    CLUSTER.server().stubFor(WireMock.put(urlEqualTo("/v2/element-instances/2251799813685701/variables"))
        .willReturn(WireMock.aResponse().withStatus(204)));

    processes.setVariables("order-fulfilment", "d-77", Map.of("releaseRequested", true));

    CLUSTER.server().verify(WireMock.putRequestedFor(urlEqualTo("/v2/element-instances/2251799813685701/variables"))
        .withRequestBody(equalToJson("""
            {"variables":{"releaseRequested":true}}""", false, true)));
  }

  @Test
  void aWaitingUserTaskIsFoundByBusinessKeyAndCompleted() {
    CLUSTER.server().stubFor(WireMock.post(urlEqualTo("/v2/user-tasks/search")).willReturn(WireMock.okJson("""
        {"items":[{"name":"Fill form","state":"CREATED","elementId":"fillForm","candidateGroups":[],
          "candidateUsers":[],"processDefinitionId":"indicatorCollection","creationDate":"2026-11-27T02:00:00Z",
          "tenantId":"<default>","processDefinitionVersion":1,"customHeaders":{},"priority":50,
          "userTaskKey":"2251799813685501","elementInstanceKey":"2251799813685502",
          "processDefinitionKey":"2251799813685251","processInstanceKey":"2251799813685503"}],
         "page":{"totalItems":1}}""")));
    CLUSTER.server().stubFor(WireMock.post(urlEqualTo("/v2/user-tasks/2251799813685501/completion"))
        .willReturn(WireMock.aResponse().withStatus(204)));

    ProcessCommands.WaitingTask task = processes.waitingUserTask("indicatorCollection", "DC/2026-10/U1", "fillForm")
        .orElseThrow();
    processes.completeUserTask(task, Map.of("submissionId", "s-1"));

    assertThat(task).isEqualTo(new ProcessCommands.WaitingTask("2251799813685501", "2251799813685503"));
    CLUSTER.server().verify(postRequestedFor(urlEqualTo("/v2/user-tasks/search"))
        .withRequestBody(matchingJsonPath("$.filter.elementId", WireMock.equalTo("fillForm")))
        .withRequestBody(matchingJsonPath("$.filter.state", WireMock.containing("CREATED")))
        .withRequestBody(containing("businessKey")));
    CLUSTER.server().verify(postRequestedFor(urlEqualTo("/v2/user-tasks/2251799813685501/completion"))
        .withRequestBody(equalToJson("{\"variables\":{\"submissionId\":\"s-1\"}}", false, true)));
  }

  @Test
  void whoDidAUserTaskIsTheAssigneeOfItsLatestCompletedInstance() {
    CLUSTER.server().stubFor(WireMock.post(urlEqualTo("/v2/user-tasks/search")).atPriority(1)
        .withRequestBody(matchingJsonPath("$.filter.state", WireMock.containing("COMPLETED")))
        .willReturn(WireMock.okJson("""
            {"items":[{"name":"Review","state":"COMPLETED","assignee":"regulator-demo","elementId":"reviewSubmission",
              "candidateGroups":[],"candidateUsers":[],"processDefinitionId":"indicatorCollection",
              "creationDate":"2026-11-27T02:00:00Z","completionDate":"2026-11-27T02:05:00Z","tenantId":"<default>",
              "processDefinitionVersion":1,"customHeaders":{},"priority":50,"userTaskKey":"2251799813685511",
              "elementInstanceKey":"2251799813685512","processDefinitionKey":"2251799813685251",
              "processInstanceKey":"2251799813685513"}],"page":{"totalItems":1}}""")));

    assertThat(processes.lastAssignee("2251799813685513", "reviewSubmission")).contains("regulator-demo");
    CLUSTER.server().verify(postRequestedFor(urlEqualTo("/v2/user-tasks/search"))
        .withRequestBody(matchingJsonPath("$.filter.processInstanceKey", WireMock.equalTo("2251799813685513")))
        .withRequestBody(matchingJsonPath("$.filter.elementId", WireMock.equalTo("reviewSubmission")))
        .withRequestBody(matchingJsonPath("$.sort[0].field", WireMock.equalTo("completionDate")))
        .withRequestBody(matchingJsonPath("$.sort[0].order", WireMock.equalToIgnoreCase("desc"))));
  }

  private static LoggedRequest awaitOutcome(long jobKey) {
    return await().atMost(TIMEOUT).until(() -> CLUSTER.server()
            .findAll(postRequestedFor(urlPathMatching("/v2/jobs/" + jobKey + "/(completion|failure|error)"))),
        requests -> !requests.isEmpty()).get(0);
  }
}
