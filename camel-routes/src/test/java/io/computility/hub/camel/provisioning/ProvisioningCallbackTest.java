package io.computility.hub.camel.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.computility.hub.camel.CamelRoutesTest;
import io.computility.hub.camel.adapter.Allocation;
import io.computility.hub.camel.adapter.AllocationState;
import io.computility.hub.camel.adapter.AllocationStates;
import io.computility.hub.camel.adapter.ProviderGateway;
import io.computility.hub.camel.adapter.ProvisionRequest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A provider's callback that provisioning finished: stored once, validated field by field, unknown ids refused. */
@CamelRoutesTest
class ProvisioningCallbackTest {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };

  @Autowired
  TestRestTemplate http;

  @Autowired
  ProviderGateway gateway;

  @Autowired
  AllocationStates states;

  private Allocation allocation;

  @BeforeEach
  void provisionAServerThatIsStillBuilding() {
    allocation = gateway.provision(new ProvisionRequest("sim-zj-cloud", "xc.ft64", 1, "ord-" + UUID.randomUUID()));
    assertThat(allocation.state()).isEqualTo(AllocationState.PENDING);
  }

  @Test
  void storesTheReportedStateOnceAndIgnoresRepeats() {
    ResponseEntity<Map<String, Object>> first = report(allocation.externalId(),
        "{\"state\": \"ACTIVE\", \"detail\": \"booted\"}");
    ResponseEntity<Map<String, Object>> again = report(allocation.externalId(),
        "{\"state\": \"ACTIVE\", \"detail\": \"booted\"}");
    ResponseEntity<Map<String, Object>> late = report(allocation.externalId(),
        "{\"state\": \"FAILED\", \"detail\": \"too late\"}");

    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(first.getBody()).containsEntry("allocationId", allocation.id()).containsEntry("state", "ACTIVE")
        .containsEntry("applied", true);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(again.getBody()).containsEntry("state", "ACTIVE").containsEntry("applied", false);
    // an active allocation may still fail later
    assertThat(late.getBody()).containsEntry("state", "FAILED").containsEntry("applied", true);
    assertThat(report(allocation.externalId(), "{\"state\": \"ACTIVE\"}").getBody())
        .containsEntry("state", "FAILED").containsEntry("applied", false);
    assertThat(states.history(allocation.id()))
        .extracting(AllocationStates.Change::state, AllocationStates.Change::source)
        .containsExactly(tuple(AllocationState.PENDING, AllocationStates.Source.PROVISIONING),
            tuple(AllocationState.ACTIVE, AllocationStates.Source.CALLBACK),
            tuple(AllocationState.FAILED, AllocationStates.Source.CALLBACK));
    gateway.release("sim-zj-cloud", allocation.id());
  }

  @Test
  void rejectsABadReportNamingTheFieldAndChangesNothing() {
    ResponseEntity<Map<String, Object>> badState = report(allocation.externalId(), "{\"state\": \"RUNNING\"}");
    ResponseEntity<Map<String, Object>> noDetail = report(allocation.externalId(), "{\"state\": \"FAILED\"}");
    ResponseEntity<Map<String, Object>> noState = report(allocation.externalId(), "{\"detail\": \"x\"}");

    assertThat(badState.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badState.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(badState.getBody()).containsEntry("field", "state")
        .containsEntry("type", "https://computility.hub/problems/invalid-provisioning-report")
        .containsEntry("title", "Invalid provisioning report");
    assertThat(noDetail.getBody()).containsEntry("field", "detail");
    assertThat(noState.getBody()).containsEntry("field", "state");
    assertThat(states.find(allocation.id())).get().extracting(Allocation::state).isEqualTo(AllocationState.PENDING);
    gateway.release("sim-zj-cloud", allocation.id());
  }

  @Test
  void refusesAnAllocationTheProviderDoesNotHave() {
    ResponseEntity<Map<String, Object>> unknown = report("srv-unknown", "{\"state\": \"ACTIVE\"}");

    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getBody()).containsEntry("type", "https://computility.hub/problems/unknown-allocation");
    // another provider cannot report on it either
    assertThat(http.exchange("/api/v1/partner/providers/sim-bj-cloud/allocations/" + allocation.externalId()
            + "/events", HttpMethod.POST, entity("{\"state\": \"ACTIVE\"}"), JSON).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    gateway.release("sim-zj-cloud", allocation.id());
  }

  private ResponseEntity<Map<String, Object>> report(String externalId, String body) {
    return http.exchange("/api/v1/partner/providers/sim-zj-cloud/allocations/" + externalId + "/events",
        HttpMethod.POST, entity(body), JSON);
  }

  private static HttpEntity<String> entity(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
    return new HttpEntity<>(body, headers);
  }
}
