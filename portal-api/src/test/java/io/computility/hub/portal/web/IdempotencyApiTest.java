package io.computility.hub.portal.web;

import static io.computility.hub.portal.web.Callers.consumer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.computility.hub.workers.wallet.Wallets;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The {@code Idempotency-Key} of state-changing portal calls, on the wallet's top-up: required, a repeat replays the
 * first response and moves no more money, a different request under the same key is refused, a repeat racing the
 * first is told to wait, and concurrent repeats execute exactly once.
 */
@PortalWebTest
class IdempotencyApiTest {

  private static final String TOP_UPS = "/api/v1/wallet/top-ups";

  @Autowired MockMvc mvc;
  @Autowired Wallets wallets;
  @Autowired IdempotencyKeys keys;

  private final String owner = "idem-" + UUID.randomUUID();

  @Test
  void aStateChangingCallWithoutAKeyIsRefusedNamingTheHeader() throws Exception {
    mvc.perform(post(TOP_UPS).with(consumer(owner)).contentType(MediaType.APPLICATION_JSON)
            .header("Accept-Language", "en").content("{\"amountFen\": 100}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("https://computility.hub/problems/idempotency-key-missing"))
        .andExpect(jsonPath("$.field").value("Idempotency-Key"))
        .andExpect(jsonPath("$.title").value("Idempotency-Key required"));
    assertThat(wallets.balance(owner).available()).isZero();
  }

  @Test
  void aRepeatGetsTheFirstResponseAndMovesNoMoreMoney() throws Exception {
    String first = topUp(owner, "k-1", 5_000).andExpect(status().isCreated())
        .andExpect(header().doesNotExist(IdempotencyInterceptor.REPLAYED_HEADER))
        .andReturn().getResponse().getContentAsString();

    String repeat = topUp(owner, "k-1", 5_000).andExpect(status().isCreated())
        .andExpect(header().string(IdempotencyInterceptor.REPLAYED_HEADER, "true"))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andReturn().getResponse().getContentAsString();

    assertThat(repeat).isEqualTo(first);
    assertThat(wallets.balance(owner).available()).isEqualTo(5_000);
    assertThat(wallets.transactionCount(owner)).isEqualTo(1);
  }

  @Test
  void theSameKeyForAnotherRequestIsRefused() throws Exception {
    topUp(owner, "k-2", 5_000).andExpect(status().isCreated());

    topUp(owner, "k-2", 7_000)
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.type").value("https://computility.hub/problems/idempotency-key-reused"))
        .andExpect(jsonPath("$.field").value("Idempotency-Key"));
    mvc.perform(post(TOP_UPS + "?owner=" + owner).with(consumer(owner)).header(IdempotencyKeys.HEADER, "k-2")
            .contentType(MediaType.APPLICATION_JSON).content(body(5_000)))
        .andExpect(status().isUnprocessableEntity());
    assertThat(wallets.balance(owner).available()).isEqualTo(5_000);
  }

  @Test
  void callersKeysAreTheirOwn() throws Exception {
    String other = "idem-other-" + UUID.randomUUID();
    topUp(owner, "shared", 1_000).andExpect(status().isCreated());
    topUp(other, "shared", 2_000).andExpect(status().isCreated())
        .andExpect(header().doesNotExist(IdempotencyInterceptor.REPLAYED_HEADER));

    assertThat(wallets.balance(owner).available()).isEqualTo(1_000);
    assertThat(wallets.balance(other).available()).isEqualTo(2_000);
  }

  @Test
  void aFailedCallGivesItsKeyBackForACorrectedRepeat() throws Exception {
    topUp(owner, "k-3", 0).andExpect(status().isBadRequest());

    topUp(owner, "k-3", 3_000).andExpect(status().isCreated())
        .andExpect(header().doesNotExist(IdempotencyInterceptor.REPLAYED_HEADER));
    assertThat(wallets.balance(owner).available()).isEqualTo(3_000);
  }

  @Test
  void aRepeatWhileTheFirstCallRunsIsToldItIsInProgress() throws Exception {
    // the first call has claimed its key and not answered yet
    assertThat(keys.claim(owner, "k-4", "POST", TOP_UPS,
        IdempotencyKeys.fingerprint("POST", TOP_UPS, body(4_000).getBytes(StandardCharsets.UTF_8)))).isNull();

    topUp(owner, "k-4", 4_000)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://computility.hub/problems/idempotency-key-in-progress"))
        .andExpect(jsonPath("$.field").value("Idempotency-Key"));
    assertThat(wallets.balance(owner).available()).isZero();
  }

  @Test
  void concurrentRepeatsExecuteExactlyOnce() throws Exception {
    int callers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    try {
      List<Callable<MockHttpServletResponse>> calls = new ArrayList<>();
      for (int i = 0; i < callers; i++) {
        calls.add(() -> topUp(owner, "k-race", 6_000).andReturn().getResponse());
      }
      List<String> transactionIds = new ArrayList<>();
      int inProgress = 0;
      for (Future<MockHttpServletResponse> answer : pool.invokeAll(calls)) {
        MockHttpServletResponse response = answer.get();
        if (response.getStatus() == 409) {
          inProgress++;
        } else {
          assertThat(response.getStatus()).isEqualTo(201);
          transactionIds.add(JsonPath.read(response.getContentAsString(), "$.transactionId"));
        }
      }
      assertThat(transactionIds).isNotEmpty().hasSize(callers - inProgress);
      assertThat(transactionIds).containsOnly(transactionIds.get(0));
    } finally {
      pool.shutdown();
    }
    assertThat(wallets.balance(owner).available()).isEqualTo(6_000);
    assertThat(wallets.transactionCount(owner)).isEqualTo(1);
    mvc.perform(get("/api/v1/wallet/transactions").with(consumer(owner)))
        .andExpect(jsonPath("$.total").value(1));
  }

  private ResultActions topUp(String caller, String key, long amountFen) throws Exception {
    return mvc.perform(post(TOP_UPS).with(consumer(caller)).header(IdempotencyKeys.HEADER, key)
        .contentType(MediaType.APPLICATION_JSON).content(body(amountFen)));
  }

  private static String body(long amountFen) {
    return "{\"amountFen\": " + amountFen + "}";
  }
}
