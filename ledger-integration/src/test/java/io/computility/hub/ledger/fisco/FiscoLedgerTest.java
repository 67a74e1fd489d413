package io.computility.hub.ledger.fisco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.computility.hub.ledger.EvidenceRecord;
import io.computility.hub.ledger.LedgerUnavailableException;
import io.computility.hub.ledger.fisco.AnchorSender.AnchorReceipt;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The FISCO ledger's batching, receipts, idempotency and proofs on the real tables (H2, MySQL mode) with the real
 * ABI encoder; only the network hop to a chain node is replaced, by a sender that records the call data.
 */
class FiscoLedgerTest {

    private final List<byte[]> sent = new ArrayList<>();
    private boolean reachable = true;
    private SqlSession session;
    private FiscoLedger ledger;

    @BeforeEach
    void setUp() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:fisco" + System.nanoTime() + ";MODE=MySQL;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/ledger").load().migrate();
        Configuration configuration = new Configuration(
                new Environment("h2", new JdbcTransactionFactory(), dataSource));
        configuration.addMapper(AnchorMapper.class);
        session = new SqlSessionFactoryBuilder().build(configuration).openSession(true);
        AnchorSender sender = callData -> {
            if (!reachable) {
                throw new LedgerUnavailableException("node down", null);
            }
            sent.add(callData);
            return new AnchorReceipt("0x" + String.format("%064x", sent.size()), 100 + sent.size());
        };
        ledger = new FiscoLedger(session.getMapper(AnchorMapper.class), sender, new EvidenceAnchorAbi(),
                "0x" + "cd".repeat(20), Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    @Test
    void anchorsABatchInOneTransactionAndStoresTheReceiptPerRecord() {
        List<EvidenceRecord> batch = records("a", 5);
        ledger.append(batch);

        assertThat(sent).hasSize(1);
        // selector, root, offset, length, then the five record hashes
        assertThat(sent.get(0)).hasSize(4 + 32 * 3 + 32 * 5);
        for (EvidenceRecord record : batch) {
            AnchorProof proof = ledger.proof(record.recordId()).orElseThrow();
            assertThat(proof.record()).isEqualTo(record);
            assertThat(proof.transactionHash()).endsWith("1");
            assertThat(proof.blockNumber()).isEqualTo(101);
            assertThat(proof.check(record)).isEmpty();
        }
        assertThat(ledger.recordsOf("order-a")).containsExactlyElementsOf(batch);
    }

    @Test
    void reSentRecordsAreNotAnchoredAgain() {
        List<EvidenceRecord> batch = records("b", 3);
        ledger.append(batch);
        ledger.append(batch);
        List<EvidenceRecord> mixed = new ArrayList<>(batch);
        mixed.addAll(records("c", 2));
        ledger.append(mixed);

        assertThat(sent).hasSize(2);
        assertThat(sent.get(1)).hasSize(4 + 32 * 3 + 32 * 2);
        assertThat(ledger.proof("c1").orElseThrow().blockNumber()).isEqualTo(102);
    }

    @Test
    void anUnreachableChainStoresNothing() {
        reachable = false;
        assertThatThrownBy(() -> ledger.append(records("d", 2))).isInstanceOf(LedgerUnavailableException.class);
        assertThat(ledger.proof("d0")).isEmpty();
    }

    @Test
    void anAlteredRecordFailsItsAnchorProof() {
        List<EvidenceRecord> batch = records("e", 4);
        ledger.append(batch);
        EvidenceRecord r = batch.get(2);
        EvidenceRecord altered = EvidenceRecord.business(r.recordId(), r.detail(), r.businessKey(), "mallory",
                r.occurredAt(), r.payloadDigest());
        assertThat(ledger.proof(r.recordId()).orElseThrow().check(altered)).hasSize(1);
    }

    private static List<EvidenceRecord> records(String prefix, int count) {
        List<EvidenceRecord> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            records.add(EvidenceRecord.business(prefix + i, "bill.issued", "order-" + prefix, "carol",
                    Instant.ofEpochMilli(1_800_000_000_000L + i), "ab".repeat(32)));
        }
        return records;
    }
}
