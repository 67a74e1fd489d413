package io.computility.hub.indicators.collection;

import static io.computility.hub.indicators.Callers.operator;
import static io.computility.hub.indicators.Callers.regulator;
import static io.computility.hub.indicators.Callers.reporter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.computility.hub.indicators.Caller;
import io.computility.hub.indicators.IndicatorsTestApplication;
import io.computility.hub.indicators.analysis.AnomalyScan;
import io.computility.hub.indicators.units.ReportingUnit;
import io.computility.hub.indicators.units.ReportingUnits;
import io.computility.hub.indicators.units.UnitKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Set-based ingestion: a bulk push answers each submission as a single push would (idempotency by key and by
 * values, history of updates, a log entry per submission, violations naming indicator and rule, scope), and a batch
 * file stored as one set keeps the same behaviour row by row.
 */
@SpringBootTest(classes = IndicatorsTestApplication.class)
@AutoConfigureMockMvc
class BulkIngestionTest {

  @Autowired MockMvc mvc;
  @Autowired AnomalyScan anomalyScan;
  @Autowired ReportingUnits units;
  @Autowired Submissions submissions;
  @Autowired SubmissionLog log;
  @Autowired DataSets dataSets;
  @Autowired BatchUploads batches;

  private final String run = Long.toString(System.nanoTime(), 36).toUpperCase();
  private final int year = 3000 + (int) (System.nanoTime() % 5000);

  @Test
  void aBulkPushAnswersEachSubmissionAsASinglePushWould() throws Exception {
    String beijing = unit("BJ", "110105");
    String shanghai = unit("SH", "310115");
    String period = year + "-10";
    String body = bulk(
        item(beijing, period, "{\"RS.CAP.TOTAL\": 12.5, \"RS.CAP.USED\": 8}", "k1"),
        item(shanghai, period, "{\"RS.CAP.TOTAL\": 20}", null),
        item(beijing, period, "{\"RS.CAP.USED\": 9}", "k2"),
        item(beijing, period, "{\"RS.CAP.USED\": 10}", "k1"),
        item(shanghai, period, "{\"RS.CAP.TOTAL\": \"20.0\"}", null),
        item(beijing, period, "{\"RS.CAP.TOTAL\": 10, \"RS.CAP.USED\": 12}", null),
        item("NOPE-" + run, period, "{\"RS.CAP.TOTAL\": 1}", null));

    String first = bulkPush(body, operator())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.results[*].status").value(contains(201, 201, 201, 200, 200, 422, 404)))
        .andExpect(jsonPath("$.results[0].submission.status").value("ACCEPTED"))
        .andExpect(jsonPath("$.results[0].submission.channel").value("API_PUSH"))
        .andExpect(jsonPath("$.results[3].submission.duplicate").value(true))
        .andExpect(jsonPath("$.results[3].submission.values['RS.CAP.USED']").value("8"))
        .andExpect(jsonPath("$.results[5].submission.status").value("INVALID"))
        .andExpect(jsonPath("$.results[5].submission.violations[?(@.rule == 'USED_LE_TOTAL')].indicator")
            .value(hasItem("RS.CAP.USED")))
        .andExpect(jsonPath("$.results[6].problem.type")
            .value("https://computility.hub/problems/monitoring-not-found"))
        .andExpect(jsonPath("$.results[6].submission").doesNotExist())
        .andReturn().getResponse().getContentAsString();
    List<String> ids = JsonPath.read(first, "$.results[*].submission.id");
    // the repeated key and the equal values answer the submissions that came first in the same request
    assertThat(ids.get(3)).isEqualTo(ids.get(0));
    assertThat(ids.get(4)).isEqualTo(ids.get(1));

    // The same request again: every stored submission replays, nothing new is stored
    bulkPush(body, operator())
        .andExpect(jsonPath("$.results[*].status").value(contains(200, 200, 200, 200, 200, 422, 404)))
        .andExpect(jsonPath("$.results[0].submission.id").value(ids.get(0)))
        .andExpect(jsonPath("$.results[2].submission.id").value(ids.get(2)));

    assertThat(submissions.history(beijing, "RS.CAP.USED", period))
        .extracting(row -> row.numValue().intValue()).containsExactly(8);
    assertThat(submissions.ofUnit(beijing, period, Caller.system("test"))).hasSize(4);
    assertThat(log.of(beijing, period)).extracting(LogEntry::submissionId, LogEntry::action, LogEntry::channel)
        .startsWith(
            tuple(ids.get(0), "RECEIVED", Channel.API_PUSH), tuple(ids.get(0), "ACCEPTED", Channel.API_PUSH),
            tuple(ids.get(2), "RECEIVED", Channel.API_PUSH), tuple(ids.get(2), "ACCEPTED", Channel.API_PUSH),
            tuple(ids.get(5), "RECEIVED", Channel.API_PUSH), tuple(ids.get(5), "INVALID", Channel.API_PUSH));
    assertThat(log.of(beijing, period)).filteredOn(entry -> entry.submissionId().equals(ids.get(2)))
        .extracting(LogEntry::detail).contains("RS.CAP.USED: 8 -> 9");
    assertThat(log.of(shanghai, period)).extracting(LogEntry::action)
        .containsExactly("RECEIVED", "ACCEPTED", "DUPLICATE", "DUPLICATE", "DUPLICATE");
  }

  @Test
  void aReporterPushesInBulkOnlyForItsOwnUnits() throws Exception {
    String beijing = unit("RB", "110105");
    String shanghai = unit("RS", "310115");
    bulkPush(bulk(item(beijing, year + "-11", "{\"RS.CAP.TOTAL\": 3}", null),
            item(shanghai, year + "-11", "{\"RS.CAP.TOTAL\": 4}", null)), reporter(reporterOf(beijing), "110105"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.results[*].status").value(contains(201, 404)));
    assertThat(submissions.ofUnit(shanghai, year + "-11", Caller.system("test"))).isEmpty();
    bulkPush(bulk(item(beijing, year + "-11", "{\"RS.CAP.TOTAL\": 3}", null)), regulator("000000"))
        .andExpect(status().isForbidden());
    bulkPush("{\"submissions\": []}", operator()).andExpect(status().isBadRequest());
  }

  @Test
  void anOutlierAmongTheSubmissionsOfOneBulkPushRaisesAnAnomalyAlert() throws Exception {
    String period = year + "-05";
    String[] pues = {"1.30", "1.32", "1.28", "1.35", "1.31", "1.29"};
    String[] items = new String[pues.length + 1];
    for (int i = 0; i < pues.length; i++) {
      items[i] = item(unit("P" + i, "320102"), period, "{\"PC.ENERGY.PUE\": " + pues[i] + "}", null);
    }
    String outlier = unit("PX", "320106");
    items[pues.length] = item(outlier, period, "{\"PC.ENERGY.PUE\": 2.60}", null);

    bulkPush(bulk(items), operator()).andExpect(status().isOk());
    anomalyScan.drain();

    mvc.perform(get("/api/v1/monitoring/alerts").param("period", period).param("kind", "ANOMALY")
            .with(regulator("320000")))
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].unitCode").value(outlier))
        .andExpect(jsonPath("$[0].message").value(containsString("against peers")));
    mvc.perform(get("/api/v1/monitoring/alerts").param("period", period).param("kind", "THRESHOLD")
            .with(regulator("320000")))
        .andExpect(jsonPath("$[*].unitCode").value(hasItem(outlier)));
  }

  @Test
  void aBatchStoredAsOneSetKeepsHistoryDuplicatesAndTheLogPerRow() {
    String first = unit("B1", "110105");
    String second = unit("B2", "110106");
    String third = unit("B3", "440106");
    String dataSet = "BULK_" + run;
    dataSets.save(new DataSet(dataSet, "批量集合测试", "Bulk set test", PeriodType.MONTH, "P10D", "P3D",
        List.of("RS.CAP.TOTAL", "RS.CAP.USED"), List.of(first, second, third)));
    String period = year + "-09";
    Caller operator = Caller.system("operator-demo");

    List<Submission> stored = batches.upload(dataSet, csv(period, first + ",10,4", second + ",20,5",
        third + ",30,6"), operator);
    assertThat(stored).extracting(Submission::unitCode, Submission::status, Submission::duplicate)
        .containsExactly(tuple(first, SubmissionStatus.ACCEPTED, false), tuple(second, SubmissionStatus.ACCEPTED,
            false), tuple(third, SubmissionStatus.ACCEPTED, false));

    // Again with one value changed: that row is an update with history, the others replay
    List<Submission> again = batches.upload(dataSet, csv(period, first + ",10,4", second + ",20,7",
        third + ",30,6"), operator);
    assertThat(again).extracting(Submission::id, Submission::duplicate).containsExactly(
        tuple(stored.get(0).id(), true), tuple(again.get(1).id(), false), tuple(stored.get(2).id(), true));
    assertThat(again.get(1).id()).isNotEqualTo(stored.get(1).id());
    assertThat(submissions.history(second, "RS.CAP.USED", period)).extracting(row -> row.numValue().intValue())
        .containsExactly(5);
    assertThat(log.of(second, period)).extracting(LogEntry::action, LogEntry::channel).containsExactly(
        tuple("RECEIVED", Channel.BATCH), tuple("ACCEPTED", Channel.BATCH), tuple("RECEIVED", Channel.BATCH),
        tuple("ACCEPTED", Channel.BATCH));
    assertThat(log.of(first, period)).extracting(LogEntry::action)
        .containsExactly("RECEIVED", "ACCEPTED", "DUPLICATE");

    // Two bad rows: both named with line and indicator, nothing of the file stored
    BatchUploads.BatchRejectedException refused = catchThrowableOfType(() -> batches.upload(dataSet,
        csv(year + "-08", first + ",10,4", second + ",10,14", third + ",x,6"), operator),
        BatchUploads.BatchRejectedException.class);
    assertThat((List<?>) refused.getBody().getProperties().get("errors"))
        .extracting("line", "indicator", "rule")
        .containsExactlyInAnyOrder(tuple(3, "RS.CAP.USED", "USED_LE_TOTAL"), tuple(4, "RS.CAP.TOTAL", "type"));
    assertThat(submissions.ofUnit(first, year + "-08", Caller.system("test"))).isEmpty();
    assertThat(log.of(first, year + "-08")).isEmpty();
  }

  private ResultActions bulkPush(String body, RequestPostProcessor caller) throws Exception {
    return mvc.perform(post("/api/v1/monitoring/submissions/bulk").with(caller)
        .contentType(MediaType.APPLICATION_JSON).content(body));
  }

  private static String bulk(String... items) {
    return "{\"submissions\": [" + String.join(",", items) + "]}";
  }

  private static String item(String unit, String period, String values, String key) {
    return "{\"unitCode\": \"%s\", \"period\": \"%s\", \"values\": %s%s}".formatted(unit, period, values,
        key == null ? "" : ", \"idempotencyKey\": \"" + key + "\"");
  }

  private static String csv(String period, String... rows) {
    StringBuilder csv = new StringBuilder("unit_code,period,RS.CAP.TOTAL,RS.CAP.USED\n");
    for (String row : rows) {
      int comma = row.indexOf(',');
      csv.append(row, 0, comma).append(',').append(period).append(row.substring(comma)).append('\n');
    }
    return csv.toString();
  }

  private String unit(String name, String region) {
    String code = name + "-" + run;
    units.save(new ReportingUnit(code, "单位" + code, "Unit " + code, UnitKind.DATA_CENTRE, region,
        List.of(reporterOf(code))));
    return code;
  }

  private static String reporterOf(String unit) {
    return "reporter-" + unit.toLowerCase();
  }
}
