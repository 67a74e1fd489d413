package io.computility.hub.ledger.outbox;

import io.computility.hub.ledger.EvidenceRecord;
import io.computility.hub.ledger.EvidenceRecorder;
import io.computility.hub.ledger.chain.Sm3;
import io.computility.hub.ledger.internal.RecordRow;
import io.computility.hub.workers.jdbc.MultiRowInsert;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes evidence into the outbox, inside the caller's transaction (there must be one). */
@Component
class OutboxEvidenceRecorder implements EvidenceRecorder {

    /** Rows per multi-row INSERT. */
    private static final int CHUNK = 500;
    private static final MultiRowInsert INSERT = new MultiRowInsert("ledger_outbox", RecordRow.INSERT_COLUMNS, CHUNK);

    private final OutboxMapper outbox;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    OutboxEvidenceRecorder(OutboxMapper outbox, JdbcTemplate jdbc, ObjectProvider<Clock> clock) {
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(EvidenceRecord record) {
        outbox.insert(RecordRow.of(record));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(List<EvidenceRecord> records) {
        for (int from = 0; from < records.size(); from += CHUNK) {
            List<EvidenceRecord> chunk = records.subList(from, Math.min(records.size(), from + CHUNK));
            Set<String> seen = new HashSet<>(outbox.existing(chunk.stream().map(EvidenceRecord::recordId).toList()));
            List<RecordRow> rows = chunk.stream().filter(r -> seen.add(r.recordId())).map(RecordRow::of).toList();
            if (!rows.isEmpty()) {
                INSERT.insert(jdbc, rows, (statement, index, row) -> row.bind(statement, index));
            }
        }
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public EvidenceRecord recordBusiness(String recordId, String kind, String businessKey, String owner,
                                         byte[] document) {
        return recordBusiness(recordId, kind, businessKey, owner, null, document);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public EvidenceRecord recordBusiness(String recordId, String kind, String businessKey, String owner,
                                         String region, byte[] document) {
        EvidenceRecord record = EvidenceRecord.business(recordId, kind, businessKey, owner, region, clock.instant(),
                Sm3.hex(document));
        record(record);
        return record;
    }
}
