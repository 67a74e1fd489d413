package io.computility.hub.portal.demand;

import static io.computility.hub.portal.web.Callers.consumer;
import static io.computility.hub.portal.web.Callers.operator;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.computility.hub.portal.web.PortalWebTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Demands and orders over HTTP: publishing validates the body naming the field and is idempotent per key; a
 * consumer reaches only its own demands and orders (others' ids answer 404 like unknown ones), an operator all.
 */
@PortalWebTest
class DemandApiTest {

  private static final String GPU_DEMAND = """
      {"kind": "INTELLIGENT_GPU", "quantity": 1, "durationMinutes": 60, "paymentMode": "PREPAID",
       "autoSelectPreferred": false}""";

  @Autowired MockMvc mvc;

  private final String erin = "erin-" + UUID.randomUUID();
  private final String frank = "frank-" + UUID.randomUUID();

  @Test
  void publishingIsIdempotentPerKeyAndOnlyTheOwnerReachesTheDemand() throws Exception {
    String published = publish(erin, "d-1", GPU_DEMAND)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.consumerId").value(erin))
        .andExpect(jsonPath("$.kind").value("INTELLIGENT_GPU"))
        .andReturn().getResponse().getContentAsString();
    String id = JsonPath.read(published, "$.id");
    publish(erin, "d-1", GPU_DEMAND).andExpect(status().isCreated())
        .andExpect(header().string("Location", "/api/v1/demands/" + id))
        .andExpect(header().string("Idempotent-Replayed", "true"))
        .andExpect(jsonPath("$.id").value(id));

    mvc.perform(get("/api/v1/demands/" + id).with(consumer(erin)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.demand.id").value(id))
        .andExpect(jsonPath("$.statusHistory[0]").value("PUBLISHED"));
    mvc.perform(get("/api/v1/demands").with(consumer(erin)))
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].id").value(id));

    for (String path : new String[] {"", "/offers"}) {
      mvc.perform(get("/api/v1/demands/" + id + path).with(consumer(frank)))
          .andExpect(status().isNotFound())
          .andExpect(jsonPath("$.type").value("https://computility.hub/problems/demand-not-found"));
    }
    for (String path : new String[] {"/cancel", "/offers/any-pool/confirm"}) {
      mvc.perform(post("/api/v1/demands/" + id + path).with(consumer(frank)).header("Idempotency-Key", path))
          .andExpect(status().isNotFound());
    }
    mvc.perform(get("/api/v1/demands").with(consumer(frank)))
        .andExpect(jsonPath("$.items[*].id", not(hasItem(id))));

    mvc.perform(get("/api/v1/demands/" + id).with(operator())).andExpect(status().isOk());
    mvc.perform(get("/api/v1/demands?consumer=" + erin).with(operator()))
        .andExpect(jsonPath("$.items[*].id", hasItem(id)));
  }

  @Test
  void aDemandThatCannotBePublishedIsRefusedNamingTheField() throws Exception {
    publish(erin, "bad-1", GPU_DEMAND.replace("\"quantity\": 1", "\"quantity\": 0"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("quantity"));
    publish(erin, "bad-2", GPU_DEMAND.replace("\"kind\": \"INTELLIGENT_GPU\",", ""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("kind"));
    publish(erin, "bad-3", GPU_DEMAND.replace("\"durationMinutes\": 60", "\"durationMinutes\": 0"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("durationMinutes"));
    mvc.perform(post("/api/v1/demands").with(consumer(erin)).contentType(MediaType.APPLICATION_JSON)
            .content(GPU_DEMAND))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("Idempotency-Key"));
    mvc.perform(get("/api/v1/demands").with(consumer(erin))).andExpect(jsonPath("$.total").value(0));
  }

  @Test
  void aDemandNamesItsProjectAndABadProjectIsRefusedNamingItsField() throws Exception {
    String withProject = GPU_DEMAND.replace("\"paymentMode\": \"PREPAID\"",
        "\"paymentMode\": \"POSTPAID\", \"project\": {\"code\": \"ai-lab\", \"name\": \"大模型实验室\"}");
    String published = publish(erin, "p-1", withProject)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.project.code").value("ai-lab"))
        .andExpect(jsonPath("$.project.name").value("大模型实验室"))
        .andReturn().getResponse().getContentAsString();
    mvc.perform(get("/api/v1/demands/" + JsonPath.read(published, "$.id")).with(consumer(erin)))
        .andExpect(jsonPath("$.demand.project.code").value("ai-lab"));

    publish(erin, "p-2", withProject.replace("ai-lab", "ai lab"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("https://computility.hub/problems/invalid-demand"))
        .andExpect(jsonPath("$.field").value("project.code"));
    publish(erin, "p-3", withProject.replace("大模型实验室", ""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("project.name"));
  }

  @Test
  void ordersAreScopedToTheirConsumer() throws Exception {
    mvc.perform(get("/api/v1/orders/no-such-order").with(consumer(erin)))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.type").value("https://computility.hub/problems/order-not-found"));
    mvc.perform(post("/api/v1/orders/no-such-order/release").with(consumer(erin)).header("Idempotency-Key", "r-1"))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/orders?status=RUNNING").with(consumer(erin)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(0))
        .andExpect(jsonPath("$.size").value(20));
  }

  private ResultActions publish(String caller, String key, String body) throws Exception {
    return mvc.perform(post("/api/v1/demands").with(consumer(caller)).header("Idempotency-Key", key)
        .contentType(MediaType.APPLICATION_JSON).content(body));
  }
}
