package io.computility.hub.portal.pricing;

import static io.computility.hub.portal.pricing.PricingCallers.consumer;
import static io.computility.hub.portal.pricing.PricingCallers.operator;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(classes = PricingApiTestApplication.class)
@AutoConfigureMockMvc
@ActiveProfiles("pricing")
class PricePlanApiTest {

  private static final String PLAN = """
      {"charges": [
         {"meter": "GPU_HOURS", "model": "GRADUATED", "tiers": [{"upTo": 100, "fenPerUnit": 2000}, {"fenPerUnit": 1800}]},
         {"meter": "GPU_HOURS", "fenPerUnit": 1500, "commitment": "RESERVED"},
         {"meter": "GPU_HOURS", "fenPerUnit": 1200, "userClass": "PUBLIC_SERVICE"},
         {"period": "MONTH", "fenPerUnit": 300000}],
       "minimumChargeFen": 1000,
       "serviceLevelMultipliers": {"GOLD": 1.5, "BRONZE": 0.8},
       "publicServiceQuota": 0.2,
       "publicServiceCaps": {"GPU_HOURS": 1000}}""";

  @Autowired MockMvc http;

  String productId;

  @BeforeEach
  void fresh() {
    productId = "gpu-" + UUID.randomUUID();
  }

  @Test
  void anOperatorPublishesVersionsAndAnyoneReadsThem() throws Exception {
    http.perform(post("/api/v1/price-plans/{id}/versions", productId).with(consumer("alice"))
            .contentType(MediaType.APPLICATION_JSON).content(PLAN))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

    http.perform(post("/api/v1/price-plans/{id}/versions", productId).with(operator())
            .contentType(MediaType.APPLICATION_JSON).content(PLAN))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", "/api/v1/price-plans/" + productId + "/versions/1"))
        .andExpect(jsonPath("$.version").value(1))
        .andExpect(jsonPath("$.charges.length()").value(4))
        .andExpect(jsonPath("$.terms.publicServiceQuota").value(0.2));
    http.perform(post("/api/v1/price-plans/{id}/versions", productId).with(operator())
            .contentType(MediaType.APPLICATION_JSON).content(PLAN.replace("2000", "2100")))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(2));

    http.perform(get("/api/v1/price-plans/{id}", productId).with(consumer("alice")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(2))
        .andExpect(jsonPath("$.charges[0].tiers[0].fenPerUnit").value(2100));
    http.perform(get("/api/v1/price-plans/{id}/versions/1", productId).with(consumer("alice")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.charges[0].tiers[0].fenPerUnit").value(2000))
        .andExpect(jsonPath("$.terms.minimumChargeFen").value(1000))
        .andExpect(jsonPath("$.terms.serviceLevelMultipliers.GOLD").value(1.5));
    http.perform(get("/api/v1/price-plans/{id}/versions/3", productId).with(consumer("alice")))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.field").value("planVersion"));
  }

  @Test
  void invalidPlansAre400NamingTheFieldAndStoreNothing() throws Exception {
    expectField(PLAN.replace("{\"upTo\": 100, \"fenPerUnit\": 2000}, ", "{\"upTo\": 100, \"fenPerUnit\": 2000}, "
        + "{\"upTo\": 50, \"fenPerUnit\": 1900}, "), "charges[0].tiers[1].upTo");
    expectField(PLAN.replace("\"fenPerUnit\": 1500", "\"fenPerUnit\": -1"), "charges[1].tiers[0].fenPerUnit");
    expectField(PLAN.replace("\"fenPerUnit\": 1500, ", ""), "charges[1].fenPerUnit");
    expectField(PLAN.replace("\"period\": \"MONTH\", ", ""), "charges[3].meter");
    expectField(PLAN.replace("0.2", "1.2"), "publicServiceQuota");
    expectField("{\"charges\": []}", "charges");
    http.perform(get("/api/v1/price-plans/{id}", productId).with(operator()))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.field").value("productId"));
  }

  private void expectField(String body, String field) throws Exception {
    http.perform(post("/api/v1/price-plans/{id}/versions", productId).with(operator())
            .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.field").value(field));
  }
}
