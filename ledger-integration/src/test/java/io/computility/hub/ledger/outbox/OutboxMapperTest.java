package io.computility.hub.ledger.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.hub.ledger.EvidenceRecord;
import io.computility.hub.ledger.internal.RecordRow;
import io.computility.hub.ledger.outbox.OutboxMapper.OutboxRow;
import java.time.Instant;
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

/** The outbox statements on H2 in MySQL mode (MariaDB runs them in the Spring tests). */
class OutboxMapperTest {

    private SqlSession session;
    private OutboxMapper outbox;

    @BeforeEach
    void setUp() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:outbox" + System.nanoTime() + ";MODE=MySQL;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/ledger").load().migrate();
        Configuration configuration = new Configuration(
                new Environment("h2", new JdbcTransactionFactory(), dataSource));
        configuration.addMapper(OutboxMapper.class);
        session = new SqlSessionFactoryBuilder().build(configuration).openSession(true);
        outbox = session.getMapper(OutboxMapper.class);
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    @Test
    void keepsOneRowPerRecordIdAndHandsThemOutOldestFirst() {
        assertThat(outbox.insert(RecordRow.of(record("a", 3)))).isEqualTo(1);
        assertThat(outbox.insert(RecordRow.of(record("a", 3)))).isZero();
        outbox.insert(RecordRow.of(record("b", 1)));
        outbox.insert(RecordRow.of(record("c", 2)));
        assertThat(outbox.existing(List.of("a", "c", "x"))).containsExactlyInAnyOrder("a", "c");

        assertThat(outbox.lockRelay()).isEqualTo("relay");
        List<OutboxRow> oldest = outbox.oldest(2);
        assertThat(oldest).extracting(r -> r.recordId).containsExactly("a", "b");
        assertThat(oldest.get(0).toRecord()).isEqualTo(record("a", 3));
        assertThat(outbox.backlog().size).isEqualTo(3);
        assertThat(outbox.backlog().oldest).isEqualTo(1_000L);

        assertThat(outbox.delete(SeqRange.of(oldest.stream().map(r -> r.seq).toList()))).isEqualTo(2);
        assertThat(outbox.oldest(10)).extracting(r -> r.recordId).containsExactly("c");
    }

    @Test
    void deletesTheRunsItReadAndLeavesRowsInTheGaps() {
        for (String id : List.of("a", "b", "c", "d", "e")) {
            outbox.insert(RecordRow.of(record(id, 1)));
        }
        List<Long> seqs = outbox.oldest(5).stream().map(r -> r.seq).toList();
        // "c" was not read (say, committed after the relay's read): it must survive the delete
        List<Long> read = List.of(seqs.get(0), seqs.get(1), seqs.get(3), seqs.get(4));
        assertThat(SeqRange.of(read)).containsExactly(new SeqRange(seqs.get(0), seqs.get(1)),
                new SeqRange(seqs.get(3), seqs.get(4)));

        assertThat(outbox.delete(SeqRange.of(read))).isEqualTo(4);
        assertThat(outbox.oldest(10)).extracting(r -> r.recordId).containsExactly("c");
    }

    private static EvidenceRecord record(String id, int second) {
        return EvidenceRecord.business(id, "order.created", "order-1", "carol", Instant.ofEpochSecond(second), null);
    }
}
