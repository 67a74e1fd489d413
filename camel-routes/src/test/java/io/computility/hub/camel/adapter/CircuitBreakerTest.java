package io.computility.hub.camel.adapter;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.computility.hub.camel.CamelRoutesTest;
import io.computility.hub.camel.RemoteProviderStubs;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CamelRoutesTest
class CircuitBreakerTest {

  private static final String FLAVORS = "/wm-breaker/v2.1/flavors/detail";

  private final WireMockServer wireMock = RemoteProviderStubs.server();

  @Autowired
  ProviderGateway gateway;

  @Autowired
  ProviderBreakers breakers;

  @Test
  void opensAfterRepeatedFaultsFailsFastAndClosesWhenTheProviderRecovers() {
    wireMock.resetAll();
    breakers.forProvider("wm-breaker").reset();
    wireMock.stubFor(get(urlPathEqualTo(FLAVORS)).willReturn(aResponse().withStatus(500)));

    for (int call = 0; call < 4; call++) {
      assertThatThrownBy(() -> gateway.syncInventory("wm-breaker")).isInstanceOf(ProviderCallException.class);
    }
    assertThat(breakers.state("wm-breaker")).contains(CircuitBreaker.State.OPEN);
    // every failed call was redelivered twice before the breaker counted it
    wireMock.verify(12, getRequestedFor(urlPathEqualTo(FLAVORS)));

    assertThatThrownBy(() -> gateway.syncInventory("wm-breaker"))
        .isInstanceOfSatisfying(ProviderCallException.class, e -> assertThat(e.retryable()).isTrue())
        .hasMessageContaining("open");
    wireMock.verify(12, getRequestedFor(urlPathEqualTo(FLAVORS)));

    wireMock.stubFor(get(urlPathEqualTo(FLAVORS)).willReturn(okJson("{\"flavors\": [], \"flavors_links\": []}")));
    await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
        .until(() -> gateway.syncInventory("wm-breaker").isEmpty());
    assertThat(breakers.state("wm-breaker")).contains(CircuitBreaker.State.CLOSED);
  }
}
