package io.computility.hub.workers.simulation;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.computility.hub.workers.placement.PlacementSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@PlacementSpringTest
class SimulationApiTest {

  @Autowired
  MockMvc mvc;

  @Test
  void comparesPresetPoliciesOnAnInlineTrace() throws Exception {
    String body = """
        {"policies": ["cost-first", "latency-first"],
         "pools": [
           {"poolId": "bj", "providerId": "a", "regionCode": "110000", "zone": "z", "kind": "INTELLIGENT_GPU",
            "unit": "GPU", "totalUnits": 8, "remainingUnits": 8, "unitPriceFen": 2000, "pue": 1.4, "greenShare": 0.1,
            "health": "UP", "admissionClass": "STANDARD", "providerReliability": 0.99},
           {"poolId": "gz", "providerId": "b", "regionCode": "520000", "zone": "z", "kind": "INTELLIGENT_GPU",
            "unit": "GPU", "totalUnits": 8, "remainingUnits": 8, "unitPriceFen": 1000, "pue": 1.2, "greenShare": 0.6,
            "health": "UP", "admissionClass": "STANDARD", "providerReliability": 0.99}],
         "trace": [
           {"arrivalMinute": 0, "kind": "INTELLIGENT_GPU", "quantity": 2, "durationMinutes": 60,
            "userRegion": "110000"}]}""";
    mvc.perform(post("/api/v1/scheduling/simulations").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.demands").value(1))
        .andExpect(jsonPath("$.outcomes[0].policy").value("cost-first"))
        .andExpect(jsonPath("$.outcomes[0].acceptedByRegion.520000").value(1))
        .andExpect(jsonPath("$.outcomes[0].totalCostFen").value(2000))
        .andExpect(jsonPath("$.outcomes[1].acceptedByRegion.110000").value(1))
        .andExpect(jsonPath("$.outcomes[1].totalCostFen").value(4000));
  }

  @Test
  void unknownPoliciesAndMissingPoliciesAreBadRequests() throws Exception {
    mvc.perform(post("/api/v1/scheduling/simulations").contentType(MediaType.APPLICATION_JSON)
            .content("{\"policies\": [\"cost-first\", \"no-such-policy\"]}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("policies[1]"));
    mvc.perform(post("/api/v1/scheduling/simulations").contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isBadRequest());
  }
}
