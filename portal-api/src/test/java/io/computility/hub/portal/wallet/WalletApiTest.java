package io.computility.hub.portal.wallet;

import static io.computility.hub.portal.web.Callers.consumer;
import static io.computility.hub.portal.web.Callers.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.computility.hub.portal.web.PortalWebTest;
import io.computility.hub.workers.wallet.Hold;
import io.computility.hub.workers.wallet.Wallets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The wallet API: a consumer tops up and reads its own wallet only (another's answers 404); an operator reads and
 * tops up anyone's; top-up bodies are validated naming the field.
 */
@PortalWebTest
class WalletApiTest {

  @Autowired MockMvc mvc;
  @Autowired Wallets wallets;

  private final String alice = "alice-" + UUID.randomUUID();
  private final String bob = "bob-" + UUID.randomUUID();

  @Test
  void aConsumerTopsUpAndSeesItsBalanceHoldsAndJournal() throws Exception {
    mvc.perform(post("/api/v1/wallet/top-ups").with(consumer(alice)).header("Idempotency-Key", "t1")
            .contentType(MediaType.APPLICATION_JSON).content("{\"amountFen\": 20000}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.kind").value("TOP_UP"))
        .andExpect(jsonPath("$.amount").value(20_000))
        .andExpect(jsonPath("$.reference").value("simulated-payment"));
    Hold hold = wallets.placeHold(alice, 5_000, "order-1", Duration.ofHours(1), "hold-1");

    mvc.perform(get("/api/v1/wallet").with(consumer(alice)))
        .andExpect(jsonPath("$.owner").value(alice))
        .andExpect(jsonPath("$.available").value(15_000))
        .andExpect(jsonPath("$.held").value(5_000))
        .andExpect(jsonPath("$.currency").value("CNY"));
    mvc.perform(get("/api/v1/wallet/holds?status=ACTIVE").with(consumer(alice)))
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].holdId").value(hold.holdId()));
    mvc.perform(get("/api/v1/wallet/holds?status=VOIDED").with(consumer(alice)))
        .andExpect(jsonPath("$.total").value(0));
    mvc.perform(get("/api/v1/wallet/transactions").with(consumer(alice)))
        .andExpect(jsonPath("$.total").value(2))
        // both in the same second: the journal's order between them is the transaction ids'
        .andExpect(jsonPath("$.items[*].kind", containsInAnyOrder("TOP_UP", "HOLD")));
  }

  @Test
  void aConsumerCannotReachAnothersWalletButAnOperatorCan() throws Exception {
    wallets.topUp(bob, 7_000, "test", "bob-1");

    mvc.perform(get("/api/v1/wallet?owner=" + bob).with(consumer(alice)))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.type").value("https://computility.hub/problems/not-found"));
    mvc.perform(get("/api/v1/wallet/transactions?owner=" + bob).with(consumer(alice)))
        .andExpect(status().isNotFound());
    mvc.perform(post("/api/v1/wallet/top-ups?owner=" + bob).with(consumer(alice)).header("Idempotency-Key", "t2")
            .contentType(MediaType.APPLICATION_JSON).content("{\"amountFen\": 100}"))
        .andExpect(status().isNotFound());

    mvc.perform(get("/api/v1/wallet?owner=" + bob).with(operator()))
        .andExpect(status().isOk()).andExpect(jsonPath("$.available").value(7_000));
    mvc.perform(post("/api/v1/wallet/top-ups?owner=" + bob).with(operator()).header("Idempotency-Key", "t3-" + bob)
            .contentType(MediaType.APPLICATION_JSON).content("{\"amountFen\": 3000, \"paymentReference\": \"BT-1\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.owner").value(bob))
        .andExpect(jsonPath("$.reference").value("BT-1"));
    assertThat(wallets.balance(bob).available()).isEqualTo(10_000);
    assertThat(wallets.balance(alice).available()).isZero();
  }

  @Test
  void aTopUpBodyIsValidated() throws Exception {
    for (String body : new String[] {"{}", "{\"amountFen\": 0}", "{\"amountFen\": -5}",
        "{\"amountFen\": 1000000001}", "{\"amountFen\": 5, \"paymentReference\": \"" + "r".repeat(101) + "\"}"}) {
      mvc.perform(post("/api/v1/wallet/top-ups").with(consumer(alice)).header("Idempotency-Key", "v-" + body.length())
              .contentType(MediaType.APPLICATION_JSON).content(body))
          .andExpect(status().isBadRequest());
    }
    assertThat(wallets.balance(alice).available()).isZero();
  }
}
