package io.computility.hub.indicators.collection;

import static io.computility.hub.indicators.Callers.operator;
import static io.computility.hub.indicators.Callers.regulator;
import static io.computility.hub.indicators.Callers.reporter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.computility.hub.indicators.AcceptedEvidence;
import io.computility.hub.indicators.IndicatorsTestApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The push interface (M-9.5 a) and data scoping: validation failures name indicator and rule, duplicate pushes
 * are idempotent, updates keep history, regulators and reporters see only their scope.
 */
@SpringBootTest(classes = IndicatorsTestApplication.class)
@AutoConfigureMockMvc
class SubmissionApiTest {

  @Autowired MockMvc mvc;
  @Autowired Submissions submissions;
  @Autowired AcceptedEvidence evidence;

  private final String run = Long.toString(System.nanoTime(), 36).toUpperCase();
  private String beijing;
  private String shanghai;

  @BeforeEach
  void units() throws Exception {
    beijing = unit("BJ-" + run, "110105", "bj-reporter-" + run);
    shanghai = unit("SH-" + run, "310115", "sh-reporter-" + run);
  }

  @Test
  void aDuplicatePushReturnsTheFirstSubmissionAndAnUpdateKeepsHistory() throws Exception {
    String first = push(beijing, "bj-reporter-" + run, "{\"RS.CAP.TOTAL\": 12.5, \"RS.CAP.USED\": 8}", null)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("ACCEPTED"))
        .andExpect(jsonPath("$.channel").value("API_PUSH"))
        .andReturn().getResponse().getContentAsString();
    String firstId = JsonPath.read(first, "$.id");
    // the acceptance is on the ledger in the unit's region, for Beijing's regulators to read
    assertThat(evidence.of(firstId)).isEqualTo("indicators.accepted@110105");

    // Same values again: the first submission, nothing new
    push(beijing, "bj-reporter-" + run, "{\"RS.CAP.TOTAL\": \"12.50\", \"RS.CAP.USED\": 8.0}", null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(firstId))
        .andExpect(jsonPath("$.duplicate").value(true));

    // Same idempotency key twice: one effect
    String keyed = push(beijing, "bj-reporter-" + run, "{\"RS.CAP.USED\": 9}", "key-" + run)
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    push(beijing, "bj-reporter-" + run, "{\"RS.CAP.USED\": 10}", "key-" + run)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value((String) JsonPath.read(keyed, "$.id")))
        .andExpect(jsonPath("$.values['RS.CAP.USED']").value("9"));

    // The status can be queried; the update kept the earlier value as history
    mvc.perform(get("/api/v1/monitoring/submissions/" + firstId).with(reporter("bj-reporter-" + run, "110105")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("ACCEPTED"));
    assertThat(submissions.history(beijing, "RS.CAP.USED", "2026-10"))
        .extracting(row -> row.numValue().intValue()).containsExactly(8);
    mvc.perform(get("/api/v1/monitoring/units/" + beijing + "/log").with(operator()))
        .andExpect(jsonPath("$[*].action").value(containsInAnyOrder("RECEIVED", "ACCEPTED", "DUPLICATE",
            "RECEIVED", "ACCEPTED")))
        .andExpect(jsonPath("$[4].detail").value("RS.CAP.USED: 8 -> 9"));
  }

  @Test
  void anInvalidPushIsRefusedNamingEachIndicatorAndRule() throws Exception {
    push(beijing, "bj-reporter-" + run,
        "{\"RS.CAP.TOTAL\": 10, \"RS.CAP.USED\": 12, \"PC.ENERGY.PUE\": 0.9, \"RS.UTIL.RATE\": \"high\"}", null)
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.type").value("https://computility.hub/problems/submission-invalid"))
        .andExpect(jsonPath("$.errors[*].rule").value(containsInAnyOrder("USED_LE_TOTAL", "range", "type")))
        .andExpect(jsonPath("$.errors[?(@.rule == 'USED_LE_TOTAL')].indicator").value(hasItem("RS.CAP.USED")))
        .andExpect(jsonPath("$.errors[?(@.rule == 'range')].indicator").value(hasItem("PC.ENERGY.PUE")))
        .andExpect(jsonPath("$.submissionId").isString());
  }

  @Test
  void aDataSetPushMustBeComplete() throws Exception {
    mvc.perform(post("/api/v1/monitoring/submissions").with(reporter("bj-reporter-" + run, "110105"))
            .contentType(MediaType.APPLICATION_JSON).content("""
                {"unitCode":"%s","dataSetCode":"DC_MONTHLY","period":"2026-10","values":{"RS.CAP.TOTAL":10}}
                """.formatted(beijing)))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.errors[?(@.indicator == 'PC.ENERGY.PUE')].rule").value(hasItem("required")));
  }

  @Test
  void aReporterPushesOnlyForItsOwnUnit() throws Exception {
    push(shanghai, "bj-reporter-" + run, "{\"RS.CAP.TOTAL\": 1}", null)
        .andExpect(status().isNotFound());
    mvc.perform(post("/api/v1/monitoring/submissions").with(regulator("000000"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"unitCode\":\"%s\",\"period\":\"2026-10\",\"values\":{\"RS.CAP.TOTAL\":1}}"
                .formatted(beijing)))
        .andExpect(status().isForbidden());
  }

  @Test
  void aRegionalRegulatorNeverReadsAnotherRegion() throws Exception {
    String id = JsonPath.read(push(shanghai, "sh-reporter-" + run, "{\"RS.CAP.TOTAL\": 3}", null)
        .andReturn().getResponse().getContentAsString(), "$.id");
    mvc.perform(get("/api/v1/monitoring/submissions/" + id).with(regulator("110000")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/monitoring/units/" + shanghai + "/log").with(regulator("110000")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/monitoring/units").with(regulator("110000")))
        .andExpect(jsonPath("$[*].code").value(hasItem(beijing)))
        .andExpect(jsonPath("$[*].regionCode").value(not(hasItem("310115"))));
    mvc.perform(get("/api/v1/monitoring/submissions/" + id).with(regulator("310000")))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/monitoring/units").with(reporter("sh-reporter-" + run, "310115")))
        .andExpect(jsonPath("$[*].code").value(containsInAnyOrder(shanghai)));
  }

  private ResultActions push(String unit, String reporter, String values,
      String key) throws Exception {
    var request = post("/api/v1/monitoring/submissions").with(reporter(reporter, "110105"))
        .contentType(MediaType.APPLICATION_JSON)
        .content("{\"unitCode\":\"%s\",\"period\":\"2026-10\",\"values\":%s}".formatted(unit, values));
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return mvc.perform(request);
  }

  private String unit(String code, String region, String reporter) throws Exception {
    mvc.perform(put("/api/v1/monitoring/units/" + code).with(operator())
            .contentType(MediaType.APPLICATION_JSON).content("""
                {"nameZh":"测试数据中心","nameEn":"Test data centre","kind":"DATA_CENTRE","regionCode":"%s",
                 "reporters":["%s"]}
                """.formatted(region, reporter)))
        .andExpect(status().isOk());
    return code;
  }
}
