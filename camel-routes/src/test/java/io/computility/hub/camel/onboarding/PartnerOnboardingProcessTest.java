package io.computility.hub.camel.onboarding;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.unauthorized;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.computility.hub.camel.RemoteProviderStubs;
import io.computility.hub.camel.resource.AdmissionStatus;
import io.computility.hub.camel.resource.Product;
import io.computility.hub.camel.resource.Provider;
import io.computility.hub.camel.resource.ResourceInventory;
import io.computility.hub.camel.resource.ResourceInventory.AdmissionChange;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.history.HistoricActivityInstance;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A partner that registers itself through {@code POST /api/v1/partner/providers} with an API of its own, stood in
 * for by WireMock: its registration starts {@code resource-onboarding}, whose credential check calls that API
 * through the cloud adapter with the token an operator configured for it.
 */
@OnboardingProcessTest
class PartnerOnboardingProcessTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };
  private static final String FLAVORS = """
      {"flavors": [{"id": "g1", "spec": "8 × L20", "resource_kind": "INTELLIGENT", "total": 4, "available": 3,
        "price": {"fen_per_hour": 3600, "currency": "CNY"}}], "flavors_links": []}""";

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired ResourceInventory inventory;
  @Autowired CamelContext camel;
  @Autowired ConfigurableEnvironment environment;

  private final WireMockServer partnerApi = RemoteProviderStubs.server();
  private final String providerId = "zw-" + UUID.randomUUID().toString().substring(0, 8);
  private final String token = "token-" + UUID.randomUUID();

  @Test
  void aPartnerWithItsOwnApiIsCheckedMeasuredApprovedAndListed() {
    // Given an operator configured the partner's token, and the partner's API answers only with that token
    configureToken();
    partnerApi.stubFor(get(urlPathEqualTo("/" + providerId + "/v2.1/flavors/detail")).atPriority(2)
        .willReturn(unauthorized()));
    partnerApi.stubFor(get(urlPathEqualTo("/" + providerId + "/v2.1/flavors/detail")).atPriority(1)
        .withHeader("X-Auth-Token", equalTo(token)).willReturn(okJson(FLAVORS)));

    // When it registers with bad payloads, then with a good one
    assertThat(register(registration().replace("\"api-token\"", "\"API_TOKEN=secret\"")).getBody())
        .containsEntry("field", "credentialsRef");
    ResponseEntity<Map<String, Object>> withoutApi = register(registration().replace(
        "\"baseUrl\": \"" + baseUrl() + "\",", ""));
    assertThat(withoutApi.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(withoutApi.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(withoutApi.getBody()).containsEntry("field", "credentialsRef");
    assertThat(inventory.provider(providerId)).isEmpty();
    assertThat(onboardings()).isZero();
    ResponseEntity<Map<String, Object>> registered = register(registration());

    // Then it is pending, and its onboarding checked its credentials against its API and measured its pools
    assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(registered.getBody()).containsEntry("credentialsRef", "api-token").doesNotContainValue(token);
    ProcessInstance onboarding = onboardingOf();
    Task approval = awaitApproval(onboarding);
    assertThat(runtime.getVariables(onboarding.getId())).containsEntry("credentialsValid", true)
        .containsEntry("poolCount", 1).containsEntry("admittedPools", 1).containsEntry("autoApprove", false);
    partnerApi.verify(getRequestedFor(urlPathEqualTo("/" + providerId + "/v2.1/flavors/detail"))
        .withHeader("X-Auth-Token", equalTo(token)));
    assertThat(inventory.provider(providerId)).get().extracting(Provider::admissionStatus)
        .isEqualTo(AdmissionStatus.PENDING);
    assertThat(camel.getRoute(providerId + "-poll")).isNull();

    // When it registers again while waiting, and the operator then approves through the engine's task API
    assertThat(register(registration()).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(onboardings()).isOne();
    tasks.complete(approval.getId(), Map.of("approved", true, "approvalComment", "figures confirmed"));

    // Then it is admitted with its product listed in the catalogue, and pulled on schedule
    awaitEnded(onboarding);
    assertThat(passedActivities(onboarding)).containsSubsequence("providerRegistered", "checkCredentials",
        "measureResources", "approveOnboarding", "admitProvider", "listProducts", "generateResourceTags",
        "startProviderSync", "providerOnboarded");
    assertThat(inventory.listedProducts()).extracting(Product::poolId).contains(providerId + ":g1");
    assertThat(camel.getRoute(providerId + "-poll")).isNotNull();
    assertThat(register(registration()).getBody()).containsEntry("admissionStatus", "ADMITTED");
    assertThat(onboardings()).isOne();
  }

  @Test
  void aRejectedPartnersReRegistrationResumesItsOnboarding() {
    // Given a partner whose API refuses the hub's calls, since no token is configured for it yet
    partnerApi.stubFor(get(urlPathEqualTo("/" + providerId + "/v2.1/flavors/detail")).atPriority(2)
        .willReturn(unauthorized()));
    partnerApi.stubFor(get(urlPathEqualTo("/" + providerId + "/v2.1/flavors/detail")).atPriority(1)
        .withHeader("X-Auth-Token", equalTo(token)).willReturn(okJson(FLAVORS)));

    // When it registers
    register(registration());

    // Then its onboarding rejects it for its credentials and waits for a re-submission
    ProcessInstance onboarding = onboardingOf();
    await().atMost(TIMEOUT).until(() -> runtime.createEventSubscriptionQuery().processInstanceId(onboarding.getId())
        .eventName("providerResubmitted").count() == 1);
    assertThat(runtime.getVariable(onboarding.getId(), "rejectionCode")).isEqualTo("CREDENTIALS_REJECTED");
    assertThat(inventory.provider(providerId)).get().extracting(Provider::admissionStatus)
        .isEqualTo(AdmissionStatus.REJECTED);

    // When the operator configures its token and it registers again
    configureToken();
    assertThat(register(registration()).getBody()).containsEntry("admissionStatus", "PENDING");

    // Then the same onboarding checks again and asks for approval; no second instance is started
    tasks.complete(awaitApproval(onboarding).getId(), Map.of("approved", true));
    awaitEnded(onboarding);
    assertThat(passedActivities(onboarding)).containsSubsequence("checkCredentials", "credentialsRejected",
        "rejectProvider", "providerResubmitted", "checkCredentials", "measureResources", "approveOnboarding",
        "admitProvider", "providerOnboarded");
    assertThat(onboardings()).isOne();
    assertThat(inventory.admissionHistory(providerId)).extracting(AdmissionChange::status).containsSubsequence(
        AdmissionStatus.PENDING, AdmissionStatus.REJECTED, AdmissionStatus.PENDING, AdmissionStatus.ADMITTED);
    assertThat(inventory.listedProducts()).extracting(Product::poolId).contains(providerId + ":g1");
  }

  private void configureToken() {
    environment.getPropertySources().addFirst(new MapPropertySource("partner-credentials-" + providerId,
        Map.of("hub.camel.partner-credentials." + providerId + ".api-token", token)));
  }

  private String baseUrl() {
    return "http://127.0.0.1:" + partnerApi.port() + "/" + providerId;
  }

  private String registration() {
    return """
        {"id": "%s", "name": "中卫智算", "owner": "Zhongwei Computing Co.", "kind": "CLOUD", "region": "640000",
         "baseUrl": "%s", "credentialsRef": "api-token", "pue": 1.15, "greenPowerShare": 0.8}"""
        .formatted(providerId, baseUrl());
  }

  private ResponseEntity<Map<String, Object>> register(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.exchange("/api/v1/partner/providers", HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
  }

  private long onboardings() {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey("resource-onboarding")
        .processInstanceBusinessKey(providerId).count();
  }

  private ProcessInstance onboardingOf() {
    return await().atMost(TIMEOUT).until(() -> runtime.createProcessInstanceQuery()
        .processDefinitionKey("resource-onboarding").processInstanceBusinessKey(providerId).singleResult(),
        instance -> instance != null);
  }

  private Task awaitApproval(ProcessInstance onboarding) {
    return await().atMost(TIMEOUT).until(() -> tasks.createTaskQuery().processInstanceId(onboarding.getId())
        .taskDefinitionKey("approveOnboarding").singleResult(), task -> task != null);
  }

  private void awaitEnded(ProcessInstance onboarding) {
    await().atMost(TIMEOUT).until(() -> runtime.createProcessInstanceQuery().processInstanceId(onboarding.getId())
        .count() == 0);
  }

  private List<String> passedActivities(ProcessInstance onboarding) {
    return history.createHistoricActivityInstanceQuery().processInstanceId(onboarding.getId())
        .orderPartiallyByOccurrence().asc().list().stream().map(HistoricActivityInstance::getActivityId).toList();
  }
}
