package io.computility.hub.indicators.pull;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.computility.hub.indicators.Callers.operator;
import static io.computility.hub.indicators.Callers.reporter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.computility.hub.indicators.Caller;
import io.computility.hub.indicators.IndicatorsTestApplication;
import io.computility.hub.indicators.collection.Channel;
import io.computility.hub.indicators.collection.CollectionTasks;
import io.computility.hub.indicators.collection.DataSet;
import io.computility.hub.indicators.collection.DataSets;
import io.computility.hub.indicators.collection.LogEntry;
import io.computility.hub.indicators.collection.PeriodType;
import io.computility.hub.indicators.collection.Submission;
import io.computility.hub.indicators.collection.SubmissionLog;
import io.computility.hub.indicators.collection.SubmissionStatus;
import io.computility.hub.indicators.collection.Submissions;
import io.computility.hub.indicators.units.PullEndpoint;
import io.computility.hub.indicators.units.ReportingUnit;
import io.computility.hub.indicators.units.ReportingUnits;
import io.computility.hub.indicators.units.UnitKind;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * API pull (M-9.3 b) through the Camel route, with WireMock standing for a unit's own endpoint: a good pull enters
 * the collection on the API_PULL channel; 5xx answers are retried with back-off, and when they persist the pull is
 * recorded as failed; a malformed answer is recorded as failed at once and nothing is accepted; pulling the same
 * values again changes nothing; issuing a collection pulls and hands the values to the unit's task.
 */
@SpringBootTest(classes = IndicatorsTestApplication.class)
@AutoConfigureMockMvc // shares the other API tests' context instead of booting the engine again
class UnitPullTest {

  private static final String PERIOD = "2026-09";
  private static final String TOKEN = "Bearer test-unit-token";
  private static final String GOOD = "{\"RS.CAP.TOTAL\": 20, \"RS.CAP.USED\": 15.5, \"PC.ENERGY.PUE\": 1.3}";

  private static WireMockServer endpoint;

  @Autowired UnitPulls pulls;
  @Autowired ReportingUnits units;
  @Autowired DataSets dataSets;
  @Autowired Submissions submissions;
  @Autowired SubmissionLog log;
  @Autowired CollectionTasks collection;
  @Autowired TaskService tasks;
  @Autowired MockMvc mvc;

  private final String run = Long.toString(System.nanoTime(), 36).toUpperCase();
  private final Caller operator = Caller.system("operator-test");
  private String unit;
  private String dataSet;
  private String path;

  @BeforeAll
  static void startEndpoint() {
    endpoint = new WireMockServer(options().dynamicPort());
    endpoint.start();
  }

  @AfterAll
  static void stopEndpoint() {
    endpoint.stop();
  }

  @BeforeEach
  void unitWithEndpoint() {
    unit = "PULL-" + run;
    dataSet = "PULL_" + run;
    path = "/units/" + unit + "/values";
    units.save(new ReportingUnit(unit, "拉取测试单位", "Pull test unit", UnitKind.DATA_CENTRE, "320106",
        List.of("reporter-" + run)));
    dataSets.save(new DataSet(dataSet, "拉取测试", "Pull test", PeriodType.MONTH, "P10D", "P3D",
        List.of("RS.CAP.TOTAL", "RS.CAP.USED", "PC.ENERGY.PUE"), List.of(unit)));
    units.declareEndpoint(unit, new PullEndpoint("http://127.0.0.1:" + endpoint.port() + path + "?format=json",
        "HUB_TEST_UNIT_TOKEN"), operator);
  }

  @Test
  void aGoodPullEntersTheCollectionOnThePullChannel() {
    endpoint.stubFor(get(urlPathEqualTo(path)).withHeader("Authorization", equalTo(TOKEN))
        .withQueryParam("dataSet", equalTo(dataSet)).withQueryParam("period", equalTo(PERIOD))
        .withQueryParam("format", equalTo("json"))
        .willReturn(okJson(GOOD)));

    PullOutcome outcome = pulls.pull(unit, dataSet, PERIOD, operator);

    assertThat(outcome.failure()).isNull();
    Submission submission = outcome.submission();
    assertThat(submission.channel()).isEqualTo(Channel.API_PULL);
    assertThat(submission.status()).isEqualTo(SubmissionStatus.ACCEPTED);
    assertThat(submission.values()).isEqualTo(Map.of("RS.CAP.TOTAL", "20", "RS.CAP.USED", "15.5",
        "PC.ENERGY.PUE", "1.3"));
    assertThat(log.of(unit, PERIOD)).extracting(LogEntry::channel, LogEntry::action).containsExactly(
        tuple(Channel.API_PULL, "RECEIVED"),
        tuple(Channel.API_PULL, "ACCEPTED"),
        tuple(Channel.API_PULL, "PULLED"));
  }

  @Test
  void fiveHundredsAreRetriedWithBackOffUntilTheEndpointAnswers() {
    String scenario = "flaky-" + run;
    endpoint.stubFor(get(urlPathEqualTo(path)).inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("second"));
    endpoint.stubFor(get(urlPathEqualTo(path)).inScenario(scenario).whenScenarioStateIs("second")
        .willReturn(aResponse().withStatus(502)).willSetStateTo("up"));
    endpoint.stubFor(get(urlPathEqualTo(path)).inScenario(scenario).whenScenarioStateIs("up")
        .willReturn(okJson(GOOD)));

    PullOutcome outcome = pulls.pull(unit, dataSet, PERIOD, operator);

    assertThat(outcome.pulled()).isTrue();
    assertThat(outcome.submission().status()).isEqualTo(SubmissionStatus.ACCEPTED);
    endpoint.verify(3, getRequestedFor(urlPathEqualTo(path)));
  }

  @Test
  void persistentFiveHundredsAreRecordedAsAFailedPullAfterTheRetries() {
    endpoint.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(500)));

    PullOutcome outcome = pulls.pull(unit, dataSet, PERIOD, operator);

    assertThat(outcome.pulled()).isFalse();
    assertThat(outcome.failure()).isEqualTo("HTTP 500 from 127.0.0.1");
    // the first call and the two redeliveries of the test configuration
    endpoint.verify(3, getRequestedFor(urlPathEqualTo(path)));
    assertThat(submissions.ofUnit(unit, PERIOD, operator)).isEmpty();
    assertThat(log.of(unit, PERIOD)).singleElement().satisfies(entry -> {
      assertThat(entry.action()).isEqualTo("PULL_FAILED");
      assertThat(entry.channel()).isEqualTo(Channel.API_PULL);
      assertThat(entry.detail()).isEqualTo("HTTP 500 from 127.0.0.1");
    });
  }

  @Test
  void aRefusalIsNotRetried() {
    endpoint.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(401)));

    PullOutcome outcome = pulls.pull(unit, dataSet, PERIOD, operator);

    assertThat(outcome.failure()).isEqualTo("HTTP 401 from 127.0.0.1");
    endpoint.verify(1, getRequestedFor(urlPathEqualTo(path)));
  }

  @Test
  void aMalformedAnswerIsAFailedPullAtOnceAndNothingIsAccepted() {
    endpoint.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/html").withBody("<html>maintenance</html>")));

    PullOutcome html = pulls.pull(unit, dataSet, PERIOD, operator);

    assertThat(html.pulled()).isFalse();
    assertThat(html.failure()).startsWith("MalformedPullException: The answer is not JSON");
    endpoint.verify(1, getRequestedFor(urlPathEqualTo(path)));

    endpoint.stubFor(get(urlPathEqualTo(path)).willReturn(okJson("{\"RS.CAP.TOTAL\": [20]}")));
    PullOutcome array = pulls.pull(unit, dataSet, PERIOD, operator);

    assertThat(array.failure()).isEqualTo(
        "MalformedPullException: The value of RS.CAP.TOTAL is neither a number nor text");
    assertThat(submissions.ofUnit(unit, PERIOD, operator)).isEmpty();
    assertThat(log.of(unit, PERIOD)).extracting(LogEntry::action).containsExactly("PULL_FAILED", "PULL_FAILED");
  }

  @Test
  void pullingTheSameValuesAgainChangesNothing() {
    endpoint.stubFor(get(urlPathEqualTo(path)).willReturn(okJson(GOOD)));

    Submission first = pulls.pull(unit, dataSet, PERIOD, operator).submission();
    Submission again = pulls.pull(unit, dataSet, PERIOD, operator).submission();

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(again.duplicate()).isTrue();
    assertThat(submissions.ofUnit(unit, PERIOD, operator)).hasSize(1);
    assertThat(submissions.history(unit, "RS.CAP.TOTAL", PERIOD)).isEmpty();
    assertThat(log.of(unit, PERIOD)).extracting(LogEntry::action)
        .containsExactly("RECEIVED", "ACCEPTED", "PULLED", "PULLED");
    assertThat(log.of(unit, PERIOD).get(3).detail()).endsWith("the same as pulled before, nothing changed");
  }

  @Test
  void issuingACollectionPullsAndHandsTheValuesToTheUnitsTask() {
    endpoint.stubFor(get(urlPathEqualTo(path)).willReturn(okJson(GOOD)));

    collection.issue(dataSet, PERIOD);

    String businessKey = CollectionTasks.businessKey(dataSet, PERIOD, unit);
    await().atMost(Duration.ofSeconds(60)).until(() -> tasks.createTaskQuery()
        .processInstanceBusinessKey(businessKey).taskDefinitionKey("reviewSubmission").count() == 1);
    assertThat(submissions.ofUnit(unit, PERIOD, operator)).singleElement().satisfies(submission -> {
      assertThat(submission.channel()).isEqualTo(Channel.API_PULL);
      assertThat(submission.status()).isEqualTo(SubmissionStatus.VALIDATED);
    });
  }

  @Test
  void aReporterDeclaresItsUnitsEndpointAndAnOperatorPullsThroughTheApi() throws Exception {
    String reporter = "reporter-" + run;
    mvc.perform(put("/api/v1/monitoring/units/{code}/pull-endpoint", unit).with(reporter(reporter, "320106"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"url\": \"ftp://example.org/values\", \"credentialsRef\": \"HUB_TEST_UNIT_TOKEN\"}"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.field").value("url"));
    mvc.perform(put("/api/v1/monitoring/units/{code}/pull-endpoint", unit).with(reporter(reporter, "320106"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"url\": \"http://127.0.0.1:" + endpoint.port() + path + "\", \"credentialsRef\": \"token\"}"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.field").value("credentialsRef"));
    mvc.perform(put("/api/v1/monitoring/units/{code}/pull-endpoint", unit).with(reporter("someone-else", "320106"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"url\": \"http://127.0.0.1:" + endpoint.port() + path + "\"}"))
        .andExpect(status().isNotFound());
    mvc.perform(put("/api/v1/monitoring/units/{code}/pull-endpoint", unit).with(reporter(reporter, "320106"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"url\": \"http://127.0.0.1:" + endpoint.port() + path + "\", "
                + "\"credentialsRef\": \"HUB_TEST_UNIT_TOKEN\"}"))
        .andExpect(status().isOk());
    endpoint.stubFor(get(urlPathEqualTo(path)).withHeader("Authorization", equalTo(TOKEN))
        .willReturn(okJson(GOOD)));

    mvc.perform(post("/api/v1/monitoring/units/{code}/pulls", unit).with(operator())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"dataSetCode\": \"" + dataSet + "\", \"period\": \"" + PERIOD + "\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.submission.channel").value("API_PULL"))
        .andExpect(jsonPath("$.submission.values['RS.CAP.USED']").value("15.5"));
  }
}
