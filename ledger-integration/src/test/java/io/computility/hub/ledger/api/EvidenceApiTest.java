package io.computility.hub.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.computility.hub.ledger.EvidenceRecord;
import io.computility.hub.ledger.EvidenceRecorder;
import io.computility.hub.ledger.Ledger;
import io.computility.hub.ledger.LedgerSpringTest;
import io.computility.hub.ledger.embedded.EmbeddedLedger;
import io.computility.hub.ledger.verify.OfflineVerifierRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@LedgerSpringTest
class EvidenceApiTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired EvidenceRecorder recorder;
    @Autowired TransactionTemplate transaction;
    @Autowired Ledger ledger;
    @Autowired EmbeddedLedger embedded;

    private String orderId;

    @BeforeEach
    void recordAnOrder() {
        orderId = "order-" + UUID.randomUUID();
        transaction.executeWithoutResult(status -> {
            recorder.recordBusiness(orderId + ":created", "order.created", orderId, "carol", "640100",
                    "{\"order\":\"42\",\"amountFen\":12000,\"currency\":\"CNY\"}".getBytes(StandardCharsets.UTF_8));
            recorder.recordBusiness(orderId + ":billed", "bill.issued", orderId, "billing",
                    "{\"bill\":\"7\"}".getBytes(StandardCharsets.UTF_8));
            // a repeated call with the same id must neither fail nor add a record
            recorder.recordBusiness(orderId + ":billed", "bill.issued", orderId, "billing", new byte[0]);
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> ledger.recordsOf(orderId).size() == 2
                && ledger.proof(orderId + ":billed").isPresent());
    }

    @Test
    void anOrderBundleVerifiesOfflineWithThePublishedKeyOnly(@TempDir Path dir) throws Exception {
        String key = json.readTree(mvc.perform(get("/api/v1/evidence/node-key").with(consumer("carol")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("publicKey").asText();
        assertThat(key).isEqualTo(embedded.chain().publicKey().hex());

        String bundle = mvc.perform(get("/api/v1/orders/{id}/evidence", orderId).with(consumer("carol")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subject").value("order:" + orderId))
                .andExpect(jsonPath("$.proofs.length()").value(2))
                .andExpect(jsonPath("$.proofs[0].record.detail").value("order.created"))
                .andReturn().getResponse().getContentAsString();
        Path file = dir.resolve("bundle.json");
        Files.writeString(file, bundle);
        assertThat(OfflineVerifierRunner.run(file.toString(), key)).isZero();

        Files.writeString(file, bundle.replace("\"carol\"", "\"mallory\""));
        assertThat(OfflineVerifierRunner.run(file.toString(), key)).isEqualTo(1);
        Files.writeString(file, bundle);
        String foreignKey = io.computility.hub.ledger.chain.NodeKey.generate().publicKey().hex();
        assertThat(OfflineVerifierRunner.run(file.toString(), foreignKey)).isEqualTo(1);
    }

    @Test
    void aConsumerSeesOnlyItsOwnOrdersWhileOperatorsAndRegulatorsSeeAll() throws Exception {
        mvc.perform(get("/api/v1/orders/{id}/evidence", orderId).with(consumer("dave")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://computility.hub/problems/evidence-access-denied"));
        mvc.perform(get("/api/v1/evidence/{id}", orderId + ":billed").with(consumer("dave")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/evidence/{id}", orderId + ":billed").with(consumer("carol")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.record.actor").value("billing"))
                .andExpect(jsonPath("$.block.signature").isString());
        mvc.perform(get("/api/v1/orders/{id}/evidence", orderId).with(user("olga").roles("OPERATOR")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/orders/{id}/evidence", orderId).with(regulator("rita", "000000")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/orders/{id}/evidence", orderId).with(user("pete").roles("PARTNER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRegionalRegulatorSeesOnlyEvidenceAboutItsRegion() throws Exception {
        // the order was placed in Yinchuan (640100), in Ningxia (640000)
        for (RequestPostProcessor inScope : java.util.List.of(regulator("nora", "640000"),
                regulator("yves", "640100"), regulator("nat", "000000"), operator("olga", "440000"))) {
            mvc.perform(get("/api/v1/orders/{id}/evidence", orderId).with(inScope))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.proofs.length()").value(2));
            // the bill record names no region of its own: it has its order's
            mvc.perform(get("/api/v1/evidence/{id}", orderId + ":billed").with(inScope))
                    .andExpect(status().isOk());
        }
        for (RequestPostProcessor outOfScope : java.util.List.of(regulator("gina", "440000"),
                regulator("zhou", "640200"), regulator("anon", null))) {
            mvc.perform(get("/api/v1/orders/{id}/evidence", orderId).with(outOfScope))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value("https://computility.hub/problems/evidence-access-denied"));
            mvc.perform(get("/api/v1/evidence/{id}", orderId + ":created").with(outOfScope))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void evidenceAboutNoRegionIsForNationalRegulatorsOnly() throws Exception {
        String account = "account-" + UUID.randomUUID();
        transaction.executeWithoutResult(status -> recorder.recordBusiness(account + ":opened", "account.opened",
                account, account, "{}".getBytes(StandardCharsets.UTF_8)));
        await().atMost(Duration.ofSeconds(20)).until(() -> ledger.proof(account + ":opened").isPresent());

        mvc.perform(get("/api/v1/evidence/{id}", account + ":opened").with(regulator("nat", "000000")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.record.region").doesNotExist());
        mvc.perform(get("/api/v1/evidence/{id}", account + ":opened").with(regulator("nora", "640000")))
                .andExpect(status().isForbidden());
    }

    @Test
    void unknownEvidenceIsAProblemInTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/v1/evidence/{id}", "no-such-record").with(consumer("carol"))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://computility.hub/problems/evidence-not-found"))
                .andExpect(jsonPath("$.title").value("未找到存证"));
        mvc.perform(get("/api/v1/orders/{id}/evidence", "order-unknown").with(consumer("carol"))
                        .header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Evidence not found"));
    }

    @Test
    void aHeldRecordIsVerifiedAgainstTheLedger() throws Exception {
        EvidenceRecord held = ledger.recordsOf(orderId).get(0);
        ObjectNode body = json.createObjectNode().set("record", json.valueToTree(held));
        mvc.perform(post("/api/v1/evidence/verify").with(consumer("carol")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.onLedger").value(true))
                .andExpect(jsonPath("$.unaltered").value(true));

        ((ObjectNode) body.get("record")).put("payloadDigest", "00".repeat(32));
        mvc.perform(post("/api/v1/evidence/verify").with(consumer("carol")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.onLedger").value(true))
                .andExpect(jsonPath("$.unaltered").value(false))
                .andExpect(jsonPath("$.problems.length()").value(1));

        mvc.perform(post("/api/v1/evidence/verify").with(consumer("carol")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void operatorsCanVerifyTheWholeChain() throws Exception {
        mvc.perform(get("/api/v1/evidence/chain/verification").with(user("olga").roles("OPERATOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.findings.length()").value(0));
        mvc.perform(get("/api/v1/evidence/chain/verification").with(consumer("carol")))
                .andExpect(status().isForbidden());
    }

    @Test
    void businessEvidenceNeedsTheCallersTransaction() {
        assertThatThrownBy(() -> recorder.recordBusiness("x", "order.created", "x", "carol", new byte[0]))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void bulkRecordsSkipRepeatedIds() {
        String bulkOrder = "order-" + UUID.randomUUID();
        EvidenceRecord first = EvidenceRecord.business(bulkOrder + ":a", "order.created", bulkOrder, "carol",
                java.time.Instant.now(), null);
        EvidenceRecord second = EvidenceRecord.business(bulkOrder + ":b", "order.paid", bulkOrder, "carol",
                java.time.Instant.now(), null);
        transaction.executeWithoutResult(status -> recorder.recordAll(java.util.List.of(first, second, first)));
        transaction.executeWithoutResult(status -> recorder.recordAll(java.util.List.of(second)));

        await().atMost(Duration.ofSeconds(20)).until(() -> ledger.proof(second.recordId()).isPresent());
        assertThat(ledger.recordsOf(bulkOrder)).containsExactly(first, second);
    }

    private static RequestPostProcessor consumer(String name) {
        return user(name).roles("CONSUMER");
    }

    /** A caller with the hub's JWT: its subject, role and region claim ({@code null}: none). */
    private static RequestPostProcessor regulator(String name, String region) {
        return hubJwt(name, "ROLE_REGULATOR", region);
    }

    private static RequestPostProcessor operator(String name, String region) {
        return hubJwt(name, "ROLE_OPERATOR", region);
    }

    private static RequestPostProcessor hubJwt(String name, String role, String region) {
        return jwt().jwt(token -> {
            token.subject(name);
            if (region != null) {
                token.claim("region", region);
            }
        }).authorities(new SimpleGrantedAuthority(role));
    }
}
