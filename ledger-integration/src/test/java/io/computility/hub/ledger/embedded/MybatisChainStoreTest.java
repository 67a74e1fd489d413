package io.computility.hub.ledger.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.hub.ledger.EvidenceRecord;
import io.computility.hub.ledger.EvidenceType;
import io.computility.hub.ledger.chain.EvidenceChain;
import io.computility.hub.ledger.chain.Finding;
import io.computility.hub.ledger.chain.Finding.Problem;
import io.computility.hub.ledger.chain.NodeKey;
import io.computility.hub.ledger.chain.SealPolicy;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The chain on the module's real tables and statements, on H2 in MySQL mode (the embedded default database), without
 * Spring: migrations, appends, sealing, proofs, and tampering with rows as an attacker with SQL access would.
 */
class MybatisChainStoreTest {

    private JdbcDataSource dataSource;
    private SqlSession session;
    private EvidenceChain chain;

    @BeforeEach
    void setUp() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:ledger" + System.nanoTime() + ";MODE=MySQL;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/ledger").load().migrate();
        Configuration configuration = new Configuration(
                new Environment("h2", new JdbcTransactionFactory(), dataSource));
        configuration.addMapper(ChainMapper.class);
        session = new SqlSessionFactoryBuilder().build(configuration).openSession(true);
        chain = new EvidenceChain(new MybatisChainStore(session.getMapper(ChainMapper.class),
                new JdbcTemplate(dataSource)), NodeKey.generate(),
                new SealPolicy(40, Duration.ZERO), Clock.fixed(Instant.parse("2026-11-27T00:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    @Test
    void appendsSealsAndProvesOnTheRealTables() {
        List<EvidenceRecord> records = records(100);
        assertThat(chain.append(records)).isEqualTo(100);
        assertThat(chain.append(records.subList(0, 10))).isZero();
        assertThat(chain.sealDue()).extracting(b -> b.recordCount()).containsExactly(40, 40, 20);
        for (EvidenceRecord record : records) {
            assertThat(chain.proof(record.recordId()).orElseThrow().check(chain.publicKey())).isEmpty();
        }
        assertThat(chain.verify().valid()).isTrue();
        assertThat(chain.verify().recordsChecked()).isEqualTo(100);
    }

    @Test
    void findsRowsAlteredOrDeletedWithSql() throws Exception {
        chain.append(records(100));
        chain.sealDue();
        sql("UPDATE ledger_entry SET actor = 'mallory' WHERE position = 45");
        sql("DELETE FROM ledger_entry WHERE position = 90");
        sql("UPDATE ledger_block SET merkle_root = '" + "ab".repeat(32) + "' WHERE height = 0");

        assertThat(chain.verify().findings()).containsExactlyInAnyOrder(
                new Finding(0, null, null, Problem.BAD_SIGNATURE),
                new Finding(0, null, null, Problem.ROOT_MISMATCH),
                new Finding(1, null, null, Problem.BROKEN_LINK),
                new Finding(1, 5, "r45", Problem.RECORD_ALTERED),
                new Finding(1, null, null, Problem.ROOT_MISMATCH),
                new Finding(2, 10, null, Problem.RECORD_MISSING),
                new Finding(2, null, null, Problem.ROOT_MISMATCH));
    }

    private void sql(String statement) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement s = connection.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    private static List<EvidenceRecord> records(int count) {
        List<EvidenceRecord> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            records.add(new EvidenceRecord("r" + i, EvidenceType.ACTIVITY_ENDED, Instant.ofEpochMilli(1_000L * i),
                    "orderFulfilment", 2, "pi-" + i / 10, "order-" + i / 10, "reserveCapacity", "预留算力", "alice",
                    null, "0".repeat(64)));
        }
        return records;
    }
}
