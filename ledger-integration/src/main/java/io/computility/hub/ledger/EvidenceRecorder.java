package io.computility.hub.ledger;

import java.util.List;

/**
 * How modules put key business records (account, listing, order, bill, settlement, policy change, indicator
 * acceptance) on the ledger. The record goes to the ledger outbox in the caller's database transaction, so it is on
 * the ledger if and only if the caller's change committed; the relay delivers it later.
 */
public interface EvidenceRecorder {

    /**
     * Puts {@code record} into the outbox. Must run inside the caller's transaction. Putting a record id twice keeps
     * one ledger entry.
     */
    void record(EvidenceRecord record);

    /**
     * Puts many records into the outbox with few statements (imports, bulk jobs). Must run inside the caller's
     * transaction; ids already in the outbox are skipped.
     */
    void recordAll(List<EvidenceRecord> records);

    /**
     * Records a business document by its SM3 digest only: {@code kind} such as {@code "order.created"},
     * {@code businessKey} the document's id (an order's evidence is found by it), {@code owner} the user it belongs
     * to (a consumer sees only its own evidence).
     *
     * @return the record as put into the outbox
     */
    EvidenceRecord recordBusiness(String recordId, String kind, String businessKey, String owner, byte[] document);

    /**
     * As {@link #recordBusiness(String, String, String, String, byte[])}, for a document about {@code region} (a
     * GB/T 2260 code, or {@code null}): regional regulators outside it may not read the record.
     */
    EvidenceRecord recordBusiness(String recordId, String kind, String businessKey, String owner, String region,
                                  byte[] document);
}
