package io.computility.hub.ledger;

import java.util.List;
import java.util.Optional;

/**
 * The port to the active ledger (the embedded evidence chain or FISCO BCOS), used by the outbox relay.
 * Implementations are idempotent by record id: appending a record they hold already has no further effect.
 */
public interface Ledger {

    /** Short name for metrics and health ({@code embedded}, {@code fisco}). */
    String name();

    /**
     * Puts {@code records}, in this order, on the ledger; runs inside the relay's database transaction.
     *
     * @throws LedgerUnavailableException when the ledger cannot be reached; the relay retries later
     */
    void append(List<EvidenceRecord> records);

    /** Records on the ledger (final or not yet) with {@code businessKey}, in ledger order. */
    List<EvidenceRecord> recordsOf(String businessKey);

    /**
     * Housekeeping after each relay run, inside the relay's transaction and lock (the embedded chain seals the
     * blocks that are due).
     */
    default void afterRelay() {
    }

    /** The proof that {@code recordId} is on the ledger, once it is final (sealed, or anchored). */
    Optional<? extends RecordProof> proof(String recordId);
}
