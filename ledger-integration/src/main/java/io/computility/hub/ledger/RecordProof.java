package io.computility.hub.ledger;

/** Evidence that a record is on the ledger; the concrete form depends on the ledger. */
public interface RecordProof {

    /** The record proven. */
    EvidenceRecord record();
}
