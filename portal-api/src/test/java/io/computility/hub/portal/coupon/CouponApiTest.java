package io.computility.hub.portal.coupon;

import static io.computility.hub.portal.pricing.PricingCallers.consumer;
import static io.computility.hub.portal.pricing.PricingCallers.operator;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.computility.hub.portal.pricing.PricingApiTestApplication;
import java.time.Duration;
import java.time.Instant;
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
class CouponApiTest {

  @Autowired MockMvc http;

  String code;
  String alice;
  String bob;

  @BeforeEach
  void fresh() {
    code = "API-" + UUID.randomUUID().toString().substring(0, 8);
    alice = "alice-" + UUID.randomUUID();
    bob = "bob-" + UUID.randomUUID();
  }

  private String fixedCoupon(long amountFen, int maxRedemptions) {
    Instant now = Instant.now();
    return """
        {"code": "%s", "kind": "FIXED_AMOUNT", "amountFen": %d, "validFrom": "%s", "validUntil": "%s",
         "maxRedemptions": %d}""".formatted(code, amountFen, now.minusSeconds(60), now.plus(Duration.ofDays(3)),
        maxRedemptions);
  }

  @Test
  void onlyOperatorsIssueListAndRevoke() throws Exception {
    http.perform(post("/api/v1/coupons").with(consumer(alice)).contentType(MediaType.APPLICATION_JSON)
            .content(fixedCoupon(500, 1)))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    http.perform(get("/api/v1/coupons").with(consumer(alice))).andExpect(status().isForbidden());
    http.perform(post("/api/v1/coupons/{code}/revoke", code).with(consumer(alice)))
        .andExpect(status().isForbidden());
    http.perform(post("/api/v1/coupons").contentType(MediaType.APPLICATION_JSON).content(fixedCoupon(500, 1)))
        .andExpect(status().isUnauthorized());

    http.perform(post("/api/v1/coupons").with(operator()).contentType(MediaType.APPLICATION_JSON)
            .content(fixedCoupon(500, 1)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.code").value(code))
        .andExpect(jsonPath("$.stacking").value("STACKABLE"))
        .andExpect(jsonPath("$.createdBy").value("operator-demo"));
    http.perform(get("/api/v1/coupons/{code}", code).with(operator()))
        .andExpect(status().isOk()).andExpect(jsonPath("$.amountFen").value(500));
    http.perform(post("/api/v1/coupons/{code}/revoke", code).with(operator()))
        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REVOKED"));
    http.perform(post("/api/v1/coupons/claims").with(consumer(alice)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"code\": \"" + code + "\"}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("code"));
  }

  @Test
  void invalidCouponsAre400NamingTheFieldAndNothingIsStored() throws Exception {
    http.perform(post("/api/v1/coupons").with(operator()).contentType(MediaType.APPLICATION_JSON)
            .content(fixedCoupon(500, 1).replace("\"FIXED_AMOUNT\"", "\"PERCENTAGE\"")))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.field").value("amountFen"));
    http.perform(post("/api/v1/coupons").with(operator()).contentType(MediaType.APPLICATION_JSON)
            .content(fixedCoupon(-5, 1)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("amountFen"));
    http.perform(post("/api/v1/coupons").with(operator()).contentType(MediaType.APPLICATION_JSON)
            .content(fixedCoupon(500, 0)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("maxRedemptions"));
    http.perform(get("/api/v1/coupons/{code}", code).with(operator())).andExpect(status().isNotFound())
        .andExpect(jsonPath("$.field").value("code"));
    http.perform(post("/api/v1/coupons/claims").with(consumer(alice)).contentType(MediaType.APPLICATION_JSON)
            .content("{}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("code"));
  }

  @Test
  void aConsumerClaimsByCodeAndSeesOnlyItsOwnCoupons() throws Exception {
    http.perform(post("/api/v1/coupons").with(operator()).contentType(MediaType.APPLICATION_JSON)
        .content(fixedCoupon(800, 1))).andExpect(status().isCreated());

    http.perform(post("/api/v1/coupons/claims").with(consumer(alice)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"code\": \"" + code + "\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.code").value(code))
        .andExpect(jsonPath("$.amountFen").value(800))
        .andExpect(jsonPath("$.orderId").doesNotExist());
    http.perform(post("/api/v1/coupons/claims").with(consumer(bob)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"code\": \"" + code + "\"}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://computility.hub/problems/coupon-exhausted"))
        .andExpect(jsonPath("$.field").value("code"));

    http.perform(get("/api/v1/coupons/mine").with(consumer(alice)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$", hasSize(1)))
        .andExpect(jsonPath("$[0].code").value(code))
        .andExpect(jsonPath("$[0].createdBy").doesNotExist());
    http.perform(get("/api/v1/coupons/mine").with(consumer(bob)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$", hasSize(0)));
  }
}
