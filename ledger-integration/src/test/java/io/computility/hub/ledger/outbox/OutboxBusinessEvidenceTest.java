package io.computility.hub.ledger.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.computility.hub.ledger.EvidenceRecord;
import io.computility.hub.ledger.Ledger;
import io.computility.hub.ledger.LedgerSpringTest;
import io.computility.hub.ledger.chain.Sm3;
import io.computility.hub.workers.evidence.BusinessEvidence;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@LedgerSpringTest
class OutboxBusinessEvidenceTest {

    @Autowired BusinessEvidence evidence;
    @Autowired TransactionTemplate transaction;
    @Autowired Ledger ledger;

    @Test
    void recordsTheDigestOfTheCanonicalFactsOnceAndOnlyWhenTheCallerCommits() {
        String billId = "bill-" + UUID.randomUUID();
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("totalFen", 12_345L);
        facts.put("issuedAt", Instant.parse("2026-11-27T08:00:00Z"));
        facts.put("consumer", "consumer-demo");

        transaction.executeWithoutResult(status -> {
            evidence.record("bill.issued", billId, "consumer-demo", facts);
            evidence.record("bill.issued", billId, "consumer-demo", facts);
        });
        transaction.executeWithoutResult(status -> {
            evidence.record("bill.paid", billId, "consumer-demo", Map.of("paidFen", 12_345L));
            status.setRollbackOnly();
        });

        await().atMost(Duration.ofSeconds(20)).until(() -> !ledger.recordsOf(billId).isEmpty());
        List<EvidenceRecord> records = ledger.recordsOf(billId);
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.recordId()).isEqualTo("bill.issued:" + billId);
            assertThat(record.actor()).isEqualTo("consumer-demo");
            assertThat(record.payloadDigest()).isEqualTo(Sm3.hex(
                    "{\"consumer\":\"consumer-demo\",\"issuedAt\":\"2026-11-27T08:00:00Z\",\"totalFen\":12345}"
                            .getBytes(StandardCharsets.UTF_8)));
        });
    }

    @Test
    void refusesToRecordOutsideATransaction() {
        assertThatThrownBy(() -> evidence.record("order.created", "o-1", "carol", Map.of()))
                .isInstanceOf(IllegalTransactionStateException.class);
    }
}
