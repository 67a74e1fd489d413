package io.computility.hub.workers.placement.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.computility.hub.workers.placement.BusinessType;
import io.computility.hub.workers.placement.PlacementPolicy;
import io.computility.hub.workers.placement.PlacementSpringTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@PlacementSpringTest
class PlacementPolicyApiTest {

  private static final String API = "/api/v1/scheduling/policies";

  @Autowired
  MockMvc mvc;
  @Autowired
  PlacementPolicies policies;

  private static String body(String name, String extra) {
    return """
        {"name": "%s", "businessType": "INFERENCE", "filters": ["capacity", "kind", "latency"],
         "weights": {"latency": 3, "price": 1}, "parameters": {"health.allowDegraded": 1}%s}""".formatted(name, extra);
  }

  @Test
  void createUpdateReadAndDeleteKeepEveryVersion() throws Exception {
    String name = "p-" + UUID.randomUUID().toString().substring(0, 8);
    mvc.perform(post(API).contentType(MediaType.APPLICATION_JSON).content(body(name, "")))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", API + "/" + name))
        .andExpect(jsonPath("$.version").value(1))
        .andExpect(jsonPath("$.weights.latency").value(3.0))
        .andExpect(jsonPath("$.autoSelect.mode").value("USER_PREFERENCE"));

    mvc.perform(put(API + "/" + name).contentType(MediaType.APPLICATION_JSON)
            .content(body(name, ", \"autoSelect\": {\"mode\": \"ALWAYS\", \"minimumScore\": 60}")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(2))
        .andExpect(jsonPath("$.autoSelect.mode").value("ALWAYS"));

    mvc.perform(get(API + "/" + name)).andExpect(jsonPath("$.version").value(2));
    mvc.perform(get(API + "/" + name + "/versions/1")).andExpect(jsonPath("$.autoSelect.mode")
        .value("USER_PREFERENCE"));
    mvc.perform(get(API)).andExpect(jsonPath("$[?(@.name == '" + name + "')].version").value(2));

    mvc.perform(delete(API + "/" + name)).andExpect(status().isNoContent());
    mvc.perform(get(API + "/" + name)).andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("https://computility.hub/problems/placement-policy-not-found"));
    mvc.perform(get(API + "/" + name + "/versions")).andExpect(jsonPath("$.length()").value(3))
        .andExpect(jsonPath("$[2].deleted").value(true));
    assertThat(policies.version(name, 2).toPolicy().autoSelect().minimumScore()).isEqualTo(60);
  }

  @Test
  void malformedRequestsAreRejectedAsProblemsNamingTheField() throws Exception {
    mvc.perform(post(API).contentType(MediaType.APPLICATION_JSON).content(body("Bad Name", "")))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(post(API).contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"no-weights\"}"))
        .andExpect(status().isBadRequest());

    String name = "p-" + UUID.randomUUID().toString().substring(0, 8);
    mvc.perform(post(API).contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
            .content(body(name, "").replace("\"latency\"]", "\"astrology\"]")))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("https://computility.hub/problems/invalid-placement-policy"))
        .andExpect(jsonPath("$.field").value("filters[2]"))
        .andExpect(jsonPath("$.title").value("Invalid placement policy"));
    mvc.perform(post(API).contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "zh-CN")
            .content(body(name, "").replace("\"price\"", "\"horoscope\"")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("weights[horoscope]"))
        .andExpect(jsonPath("$.title").value("调度策略无效"));

    mvc.perform(post(API).contentType(MediaType.APPLICATION_JSON).content(body(name, "")))
        .andExpect(status().isCreated());
    // A retried create returns the first result; other content under the same name conflicts.
    mvc.perform(post(API).contentType(MediaType.APPLICATION_JSON).content(body(name, "")))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.version").value(1));
    mvc.perform(put(API + "/" + name).contentType(MediaType.APPLICATION_JSON).content(body(name, "")))
        .andExpect(jsonPath("$.version").value(1));
    String changed = body(name, "").replace("\"latency\": 3", "\"latency\": 4");
    mvc.perform(post(API).contentType(MediaType.APPLICATION_JSON).content(changed))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("name"));
    mvc.perform(put(API + "/" + name).contentType(MediaType.APPLICATION_JSON).content(body("other", "")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("name"));
  }

  @Test
  void resolvesTheTenantsPolicyThenTheBusinessTypesThenTheDefault() throws Exception {
    String tenant = "tenant-" + UUID.randomUUID();
    String name = "t-" + UUID.randomUUID().toString().substring(0, 8);
    mvc.perform(post(API).contentType(MediaType.APPLICATION_JSON)
            .content(body(name, ", \"tenantId\": \"" + tenant + "\"").replace("\"INFERENCE\"", "null")))
        .andExpect(status().isCreated());

    assertThat(policies.resolve(tenant, BusinessType.HPC).name()).isEqualTo(name);
    assertThat(policies.resolve(tenant, BusinessType.HPC).version()).isEqualTo(1);
    assertThat(policies.resolve("someone-else", null).name()).isEqualTo(PlacementPolicy.balanced().name());
  }
}
