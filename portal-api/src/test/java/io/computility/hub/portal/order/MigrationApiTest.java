package io.computility.hub.portal.order;

import static io.computility.hub.portal.web.Callers.consumer;
import static io.computility.hub.portal.web.Callers.operator;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.computility.hub.portal.web.PortalWebTest;
import io.computility.hub.workers.placement.optimisation.MigrationProposal;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Migration proposals over HTTP: the order's owner and operators list, accept and decline them (others' orders
 * answer 404 like unknown ones), a decided proposal answers 409 naming {@code status}, and only operators list every
 * order's migrations. (The order process's side is {@code OrderFulfilmentProcessTest}.)
 */
@PortalWebTest
class MigrationApiTest {

  @Autowired MockMvc mvc;
  @Autowired OrderMapper orders;
  @Autowired OrderMigrations migrations;

  private final String erin = "erin-" + UUID.randomUUID();
  private final String frank = "frank-" + UUID.randomUUID();

  @Test
  void ownerAndOperatorDecideProposalsOthersCannotSeeThem() throws Exception {
    // Given a running order of erin's with two proposals, the second superseding the first
    String orderId = runningOrder(erin);
    migrations.submit(proposal(orderId, "pool-b"));
    migrations.submit(proposal(orderId, "pool-b"));
    migrations.submit(proposal(orderId, "pool-c"));

    mvc.perform(get("/api/v1/orders/" + orderId + "/migrations").with(consumer(erin)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(2))
        .andExpect(jsonPath("$[0].toPoolId").value("pool-c"))
        .andExpect(jsonPath("$[0].status").value("PROPOSED"))
        .andExpect(jsonPath("$[0].reason").value("POOL_DOWN"))
        .andExpect(jsonPath("$[1].status").value("SUPERSEDED"));
    String open = migrations.forOrder(erin, orderId).get(0).id();
    String superseded = migrations.forOrder(erin, orderId).get(1).id();

    // Then frank sees none of it and can decide nothing
    mvc.perform(get("/api/v1/orders/" + orderId + "/migrations").with(consumer(frank)))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.type").value("https://computility.hub/problems/order-not-found"));
    decide(frank, orderId, open, "accept").andExpect(status().isNotFound());
    decide(frank, orderId, open, "decline").andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/scheduling/migrations").with(consumer(frank)))
        .andExpect(status().isForbidden());

    // and a superseded proposal cannot be accepted, an unknown one is not found
    decide(erin, orderId, superseded, "accept")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://computility.hub/problems/migration-decided"))
        .andExpect(jsonPath("$.field").value("status"));
    decide(erin, orderId, UUID.randomUUID().toString(), "accept")
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.field").value("migrationId"));

    // When erin declines the open one (twice: the same answer)
    decide(erin, orderId, open, "decline").andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("DECLINED"))
        .andExpect(jsonPath("$.decidedBy").value(erin));
    decide(erin, orderId, open, "decline").andExpect(status().isOk());

    // Then accepting it is a conflict, in the caller's language
    decide(erin, orderId, open, "accept").andExpect(status().isConflict())
        .andExpect(jsonPath("$.title").value("Migration already decided"));
    mvc.perform(post("/api/v1/orders/" + orderId + "/migrations/" + open + "/accept").with(consumer(erin))
            .header("Idempotency-Key", UUID.randomUUID().toString()).header("Accept-Language", "zh-CN"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.title").value("迁移提议已有结论"));
    // and proposing the declined move again offers nothing new
    migrations.submit(proposal(orderId, "pool-c"));
    mvc.perform(get("/api/v1/orders/" + orderId + "/migrations").with(consumer(erin)))
        .andExpect(jsonPath("$.length()").value(2));

    // and an operator sees it among every order's declined migrations
    mvc.perform(get("/api/v1/orders/" + orderId + "/migrations").with(operator())).andExpect(status().isOk());
    mvc.perform(get("/api/v1/scheduling/migrations?status=DECLINED&size=100").with(operator()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].id", hasItem(open)))
        .andExpect(jsonPath("$.items[*].id", not(hasItem(superseded))));
    mvc.perform(get("/api/v1/scheduling/migrations?size=0").with(operator()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("size"));
  }

  @Test
  void anOperatorAcceptsAProposalThatStartsWhenTheOrderProcessCanTakeIt() throws Exception {
    // Given a running order whose process is not waiting for a migration (here: it has none)
    String orderId = runningOrder(erin);
    migrations.submit(proposal(orderId, "pool-b"));
    String id = migrations.forOrder(erin, orderId).get(0).id();

    // When an operator accepts the proposal
    decide("operator-demo", orderId, id, "accept").andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("ACCEPTED"))
        .andExpect(jsonPath("$.decidedBy").value("operator-demo"));

    // Then it stays accepted (the next review starts it), and declining it now is a conflict
    decide(erin, orderId, id, "decline").andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("status"));
    mvc.perform(get("/api/v1/scheduling/migrations?status=ACCEPTED&size=100").with(operator()))
        .andExpect(jsonPath("$.items[*].id", hasItem(id)));
  }

  private ResultActions decide(String caller, String orderId, String migrationId, String action) throws Exception {
    return mvc.perform(post("/api/v1/orders/" + orderId + "/migrations/" + migrationId + "/" + action)
        .with(caller.equals("operator-demo") ? operator() : consumer(caller))
        .header("Idempotency-Key", UUID.randomUUID().toString()).header("Accept-Language", "en"));
  }

  private static MigrationProposal proposal(String orderId, String toPoolId) {
    return new MigrationProposal(orderId, "pool-a", toPoolId, MigrationProposal.Reason.POOL_DOWN, "balanced", 0,
        false);
  }

  /** An order running on {@code pool-a}, as the order workers leave it. */
  private String runningOrder(String consumerId) {
    String id = UUID.randomUUID().toString();
    LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.MILLIS);
    orders.insert(new OrderRow(id, "demand-" + id, consumerId, "pool-a", "product-a", "provider-a", 1, 1, 100,
        "CNY", now, now.plusHours(1), "PREPAID", 1, "demand-" + id, null, "allocation-a", null, null, null,
        OrderStatus.RUNNING.name(), now, now, now, null, null, null));
    return id;
  }
}
