package io.computility.hub.indicators.catalogue;

import static io.computility.hub.indicators.Callers.operator;
import static io.computility.hub.indicators.Callers.regulator;
import static io.computility.hub.indicators.Callers.reporter;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.computility.hub.indicators.IndicatorsTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The indicator API (M-9.2): the seeded tree, OPERATOR-only changes, retire instead of delete when in use. */
@SpringBootTest(classes = IndicatorsTestApplication.class)
@AutoConfigureMockMvc
class IndicatorApiTest {

  @Autowired MockMvc mvc;

  @Test
  void regulatorsAndReportersReadTheSeededTreeWithTheStandardsFiveCategories() throws Exception {
    mvc.perform(get("/api/v1/monitoring/indicators").with(regulator("110000")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].indicator.code").value(containsInAnyOrder("CI", "RS", "SA", "PC", "SG")))
        .andExpect(jsonPath("$[?(@.indicator.code == 'PC')].children[*].children[*].indicator.code")
            .value(containsInAnyOrder("PC.ENERGY.TOTAL", "PC.ENERGY.IT", "PC.ENERGY.PUE", "PC.GREEN.SHARE")));
    mvc.perform(get("/api/v1/monitoring/indicators/RS.UTIL.RATE").with(reporter("reporter-demo", "110000")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.nameZh").value("算力利用率"))
        .andExpect(jsonPath("$.aggregation").value("WEIGHTED"))
        .andExpect(jsonPath("$.weightCode").value("RS.CAP.TOTAL"));
  }

  @Test
  void onlyOperatorsChangeTheTree() throws Exception {
    mvc.perform(post("/api/v1/monitoring/indicators").with(regulator("000000"))
            .contentType(MediaType.APPLICATION_JSON).content(body("SG.INC.DDOS", "SG.INC")))
        .andExpect(status().isForbidden());
  }

  @Test
  void operatorCreatesUpdatesAndDeletesAnUnusedIndicator() throws Exception {
    mvc.perform(post("/api/v1/monitoring/indicators").with(operator())
            .contentType(MediaType.APPLICATION_JSON).content(body("SG.INC.DDOS", "SG.INC")))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.levelNo").value(3))
        .andExpect(jsonPath("$.status").value("ACTIVE"));
    mvc.perform(put("/api/v1/monitoring/indicators/SG.INC.DDOS").with(operator())
            .contentType(MediaType.APPLICATION_JSON).content(body("SG.INC.DDOS", "SG.INC")
                .replace("DDoS attacks", "DDoS attacks repelled")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.nameEn").value("DDoS attacks repelled"));
    mvc.perform(delete("/api/v1/monitoring/indicators/SG.INC.DDOS").with(operator()))
        .andExpect(status().isNoContent());
    mvc.perform(get("/api/v1/monitoring/indicators/SG.INC.DDOS").with(operator()))
        .andExpect(status().isNotFound());
  }

  @Test
  void rejectsAnIndicatorOutsideItsParentWithTheFieldAtFault() throws Exception {
    mvc.perform(post("/api/v1/monitoring/indicators").with(operator())
            .contentType(MediaType.APPLICATION_JSON).content(body("RS.WRONG", "SG.INC")))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.type").value("https://computility.hub/problems/indicator-invalid"))
        .andExpect(jsonPath("$.field").value("code"));
  }

  @Test
  void anIndicatorInUseIsRetiredNotDeleted() throws Exception {
    // PC.ENERGY.PUE belongs to the seeded monthly data set
    mvc.perform(delete("/api/v1/monitoring/indicators/PC.ENERGY.PUE").with(operator()))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://computility.hub/problems/indicator-in-use"))
        .andExpect(jsonPath("$.field").value("code"));
    mvc.perform(post("/api/v1/monitoring/indicators/CI.INV.AI/retire").with(operator()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("RETIRED"));
    mvc.perform(get("/api/v1/monitoring/indicators/CI.INV.AI").with(regulator("000000")))
        .andExpect(jsonPath("$.status").value("RETIRED"));
  }

  private static String body(String code, String parent) {
    return """
        {"code":"%s","parentCode":"%s","nameZh":"DDoS攻击次数","nameEn":"DDoS attacks","unit":"次",
         "valueType":"COUNT","aggregation":"SUM","minValue":0,"maxValue":1000000,"status":"ACTIVE","sortOrder":9}
        """.formatted(code, parent);
  }
}
