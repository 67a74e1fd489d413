package io.computility.hub.indicators.analysis;

import static io.computility.hub.indicators.Callers.operator;
import static io.computility.hub.indicators.Callers.regulator;
import static io.computility.hub.indicators.Callers.reporter;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.computility.hub.indicators.Caller;
import io.computility.hub.indicators.IndicatorsTestApplication;
import io.computility.hub.indicators.collection.Channel;
import io.computility.hub.indicators.collection.Submissions;
import io.computility.hub.indicators.units.ReportingUnit;
import io.computility.hub.indicators.units.ReportingUnits;
import io.computility.hub.indicators.units.UnitKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Statistics with roll-up and comparisons, the data pull API, anomaly alerts on a seeded outlier, and scoping of
 * all of them. Each run uses its own far-future year so earlier runs' values do not mix in.
 */
@SpringBootTest(classes = IndicatorsTestApplication.class)
@AutoConfigureMockMvc
class AnalysisApiTest {

  @Autowired MockMvc mvc;
  @Autowired AnomalyScan anomalyScan;
  @Autowired ReportingUnits units;
  @Autowired Submissions submissions;

  private final String run = Long.toString(System.nanoTime(), 36).toUpperCase();
  private final int year = 3000 + (int) (System.nanoTime() % 5000);

  @Test
  void rollsUpByRegionWithPeriodOnPeriodAndYearOnYear() throws Exception {
    String bj1 = unit("S1", "110105");
    String bj2 = unit("S2", "110108");
    String gz = unit("S3", "440106");
    push(bj1, year + "-02", Map.of("RS.CAP.TOTAL", "10", "RS.UTIL.RATE", "50"));
    push(bj2, year + "-02", Map.of("RS.CAP.TOTAL", "30", "RS.UTIL.RATE", "70"));
    push(gz, year + "-02", Map.of("RS.CAP.TOTAL", "20", "RS.UTIL.RATE", "40"));
    push(bj1, year + "-01", Map.of("RS.CAP.TOTAL", "8"));
    push(bj2, year + "-01", Map.of("RS.CAP.TOTAL", "24"));
    push(bj1, (year - 1) + "-02", Map.of("RS.CAP.TOTAL", "20"));

    String period = year + "-02";
    mvc.perform(get("/api/v1/monitoring/statistics").param("indicator", "RS.CAP.TOTAL").param("period", period)
            .param("level", "1").with(operator()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.regionCode == '110000')].value").value(hasItem(40.0)))
        .andExpect(jsonPath("$[?(@.regionCode == '110000')].units").value(hasItem(2)))
        .andExpect(jsonPath("$[?(@.regionCode == '110000')].periodOnPeriod").value(hasItem(25.0)))
        .andExpect(jsonPath("$[?(@.regionCode == '110000')].yearOnYear").value(hasItem(100.0)))
        .andExpect(jsonPath("$[?(@.regionCode == '440000')].value").value(hasItem(20.0)));
    mvc.perform(get("/api/v1/monitoring/statistics").param("indicator", "RS.CAP.TOTAL").param("period", period)
            .param("level", "0").with(operator()))
        .andExpect(jsonPath("$[0].regionCode").value("000000"))
        .andExpect(jsonPath("$[0].value").value(60.0));
    // Utilisation is weighted by total computility: (10*50 + 30*70) / 40 = 65
    mvc.perform(get("/api/v1/monitoring/statistics").param("indicator", "RS.UTIL.RATE").param("period", period)
            .param("level", "1").with(regulator("110000")))
        .andExpect(jsonPath("$[0].regionCode").value("110000"))
        .andExpect(jsonPath("$[0].value").value(65.0))
        .andExpect(jsonPath("$[*].regionCode").value(not(hasItem("440000"))));
  }

  @Test
  void ranksRegionsAndUnitsByTheGreenEfficiencyModel() throws Exception {
    String period = year + "-06";
    push(unit("E1", "110105"), period, Map.of("RS.UTIL.RATE", "70", "PC.ENERGY.PUE", "1.2",
        "PC.GREEN.SHARE", "40"));
    push(unit("E2", "440106"), period, Map.of("RS.UTIL.RATE", "50", "PC.ENERGY.PUE", "1.5",
        "PC.GREEN.SHARE", "20"));

    mvc.perform(get("/api/v1/monitoring/evaluations/GREEN_EFFICIENCY").param("period", period)
            .with(operator()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].entity").value("110000"))
        .andExpect(jsonPath("$[0].rank").value(1))
        .andExpect(jsonPath("$[0].score").value(100.0))
        .andExpect(jsonPath("$[0].breakdown.length()").value(3))
        .andExpect(jsonPath("$[1].entity").value("440000"));
    mvc.perform(get("/api/v1/monitoring/evaluations/GREEN_EFFICIENCY").param("period", period)
            .param("by", "unit").with(regulator("440000")))
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].entity").value("E2-" + run));
  }

  @Test
  void aRegionalRegulatorCannotReadAnotherRegion() throws Exception {
    String gz = unit("R1", "440106");
    push(gz, year + "-03", Map.of("RS.CAP.TOTAL", "5"));

    mvc.perform(get("/api/v1/monitoring/statistics").param("indicator", "RS.CAP.TOTAL")
            .param("period", year + "-03").param("region", "440000").with(regulator("110000")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/monitoring/values").param("period", year + "-03").with(regulator("110000")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].unitCode").value(not(hasItem(gz))));
    mvc.perform(get("/api/v1/monitoring/values").param("period", year + "-03").with(regulator("440000")))
        .andExpect(jsonPath("$[*].unitCode").value(hasItem(gz)));
    mvc.perform(get("/api/v1/monitoring/values").param("period", year + "-03")
            .with(reporter("someone-else-" + run, "440106")))
        .andExpect(jsonPath("$").isEmpty());
  }

  @Test
  void pullsValuesAsCsv() throws Exception {
    String unit = unit("C1", "310115");
    push(unit, year + "-04", Map.of("RS.CAP.TOTAL", "12.5"));

    mvc.perform(get("/api/v1/monitoring/values").param("unit", unit).param("format", "csv")
            .with(reporter(reporterOf(unit), "310115")))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("text/csv"))
        .andExpect(content().string(startsWith("unit_code,region_code,indicator_code,period,value")))
        .andExpect(content().string(containsString(unit + ",310115,RS.CAP.TOTAL," + year + "-04,12.5,1,")));
  }

  @Test
  void aSeededOutlierRaisesAnAnomalyAlertToItsRegionsRegulators() throws Exception {
    String period = year + "-05";
    String[] pues = {"1.30", "1.32", "1.28", "1.35", "1.31", "1.29"};
    for (int i = 0; i < pues.length; i++) {
      push(unit("P" + i, "320102"), period, Map.of("PC.ENERGY.PUE", pues[i]));
    }
    String outlier = unit("PX", "320106");
    push(outlier, period, Map.of("PC.ENERGY.PUE", "2.60"));
    anomalyScan.drain();

    mvc.perform(get("/api/v1/monitoring/alerts").param("period", period).param("kind", "ANOMALY")
            .with(regulator("320000")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].unitCode").value(outlier))
        .andExpect(jsonPath("$[0].indicatorCode").value("PC.ENERGY.PUE"))
        .andExpect(jsonPath("$[0].message").value(containsString("against peers")));
    // 2.60 also breaks the PUE threshold rule
    mvc.perform(get("/api/v1/monitoring/alerts").param("period", period).param("kind", "THRESHOLD")
            .with(regulator("320000")))
        .andExpect(jsonPath("$[*].unitCode").value(hasItem(outlier)));
    mvc.perform(get("/api/v1/monitoring/alerts").param("period", period).with(regulator("110000")))
        .andExpect(jsonPath("$[*].regionCode").value(everyItem(startsWith("11"))));
  }

  private void push(String unit, String period, Map<String, String> values) {
    submissions.receive(new Submissions.Incoming(unit, null, period, Channel.API_PUSH, values, null),
        Caller.system("test"), false);
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
