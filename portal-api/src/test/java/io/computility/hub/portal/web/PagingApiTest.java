package io.computility.hub.portal.web;

import static io.computility.hub.portal.web.Callers.consumer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.computility.hub.workers.wallet.Wallets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Every portal list answers {@code {items, page, size, total}} and bounds {@code page} and {@code size}. */
@PortalWebTest
class PagingApiTest {

  @Autowired MockMvc mvc;
  @Autowired Wallets wallets;

  @Test
  void aListIsCutIntoPagesWithTheTotal() throws Exception {
    String owner = "paging-" + UUID.randomUUID();
    for (int i = 1; i <= 3; i++) {
      wallets.topUp(owner, 100L * i, "test", "paging-" + i);
    }

    mvc.perform(get("/api/v1/wallet/transactions?size=2").with(consumer(owner)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items.length()").value(2))
        .andExpect(jsonPath("$.page").value(0))
        .andExpect(jsonPath("$.size").value(2))
        .andExpect(jsonPath("$.total").value(3));
    mvc.perform(get("/api/v1/wallet/transactions?page=1&size=2").with(consumer(owner)))
        .andExpect(jsonPath("$.items.length()").value(1))
        .andExpect(jsonPath("$.page").value(1))
        .andExpect(jsonPath("$.total").value(3));
    mvc.perform(get("/api/v1/wallet/transactions").with(consumer(owner)))
        .andExpect(jsonPath("$.size").value(20))
        .andExpect(jsonPath("$.items.length()").value(3));
  }

  @Test
  void pageAndSizeOutOfBoundsAreRefusedNamingTheParameter() throws Exception {
    String owner = "paging-" + UUID.randomUUID();
    String[][] cases = {{"size=0", "size"}, {"size=101", "size"}, {"size=ten", "size"}, {"page=-1", "page"},
        {"page=10001", "page"}, {"page=1.5", "page"}};
    for (String[] bad : cases) {
      mvc.perform(get("/api/v1/wallet/transactions?" + bad[0]).with(consumer(owner)).header("Accept-Language", "en"))
          .andExpect(status().isBadRequest())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.field").value(bad[1]))
          .andExpect(jsonPath("$.title").value("Invalid request"));
    }
  }
}
