package io.computility.hub.ledger.outbox;

import io.computility.hub.ledger.EvidenceRecord;
import io.computility.hub.ledger.Ledger;
import io.computility.hub.ledger.LedgerProperties;
import io.computility.hub.ledger.outbox.OutboxMapper.BacklogRow;
import io.computility.hub.ledger.outbox.OutboxMapper.OutboxRow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves outbox rows to the active ledger: oldest first, a batch per transaction, under a lock row so that relays on
 * several nodes take turns. A row leaves the outbox in the transaction that put it on the ledger (for the embedded
 * chain, one database transaction), and the ledger skips record ids it holds, so every record takes effect once.
 * While the ledger is down the rows stay and the relay backs off exponentially.
 */
@Component
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final OutboxMapper outbox;
    private final Ledger ledger;
    private final TransactionTemplate transaction;
    private final LedgerProperties.Relay settings;
    private final Clock clock;

    private int failures;
    private Instant nextAttempt = Instant.MIN;
    private volatile String lastError;

    OutboxRelay(OutboxMapper outbox, Ledger ledger, PlatformTransactionManager transactionManager,
                LedgerProperties properties, ObjectProvider<Clock> clock) {
        this.outbox = outbox;
        this.ledger = ledger;
        this.transaction = new TransactionTemplate(transactionManager);
        this.settings = properties.relay();
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Relays until the outbox is empty or the ledger fails, unless a back-off pause is running.
     *
     * @return the number of records relayed
     */
    public synchronized int drain() {
        if (clock.instant().isBefore(nextAttempt)) {
            return 0;
        }
        int total = 0;
        try {
            int moved;
            do {
                moved = relayBatch();
                total += moved;
            } while (moved == settings.batchSize());
            failures = 0;
            nextAttempt = Instant.MIN;
            lastError = null;
        } catch (RuntimeException e) {
            failures++;
            Duration pause = backoff(failures);
            nextAttempt = clock.instant().plus(pause);
            lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
            log.warn("Ledger relay failed ({} in a row), next attempt in {}: {}", failures, pause, lastError);
        }
        return total;
    }

    /** What waits in the outbox now. */
    public Backlog backlog() {
        BacklogRow row = outbox.backlog();
        if (row == null || row.size == 0 || row.oldest == null) {
            return new Backlog(0, null, Duration.ZERO);
        }
        Instant oldest = Instant.ofEpochMilli(row.oldest);
        Duration age = Duration.between(oldest, clock.instant());
        return new Backlog(row.size, oldest, age.isNegative() ? Duration.ZERO : age);
    }

    /** Failed relay attempts since the last success. */
    public int consecutiveFailures() {
        return failures;
    }

    /** The last failure, or {@code null} after a success. */
    public String lastError() {
        return lastError;
    }

    /** The active ledger's name. */
    public String ledgerName() {
        return ledger.name();
    }

    private int relayBatch() {
        Integer moved = transaction.execute(status -> {
            outbox.lockRelay();
            List<OutboxRow> rows = outbox.oldest(settings.batchSize());
            if (!rows.isEmpty()) {
                List<EvidenceRecord> records = rows.stream().map(OutboxRow::toRecord).toList();
                ledger.append(records);
                outbox.delete(SeqRange.of(rows.stream().map(r -> r.seq).toList()));
            }
            ledger.afterRelay();
            return rows.size();
        });
        return moved == null ? 0 : moved;
    }

    private Duration backoff(int failureCount) {
        Duration pause = settings.initialBackoff().multipliedBy(1L << Math.min(failureCount - 1, 20));
        return pause.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : pause;
    }
}
