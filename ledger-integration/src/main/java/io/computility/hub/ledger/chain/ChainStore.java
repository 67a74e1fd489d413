package io.computility.hub.ledger.chain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Persistence of the evidence chain: entries, blocks and the link between them. */
public interface ChainStore {

    /** Ids among {@code recordIds} that the chain already holds (sealed or pending). */
    Collection<String> existing(Collection<String> recordIds);

    /** Stores new pending entries; their ids are not yet in the chain. */
    void append(List<ChainEntry> entries);

    /** The head block and the leaves of up to {@code limit} pending entries, oldest first: all that sealing needs. */
    Pending pending(int limit);

    /**
     * Stores {@code blocks}, consecutive and following the head: the first holds the pending entries from
     * {@code firstPosition} on, each the next {@code recordCount()} entries in their order.
     */
    void saveBlocks(long firstPosition, List<Block> blocks);

    /** The entry of {@code recordId}, if present. */
    Optional<ChainEntry> entry(String recordId);

    /** The block at {@code height}, if present. */
    Optional<Block> block(long height);

    /** Every block, in stored height order. */
    List<Block> blocks();

    /** The entries of block {@code height}, in leaf order. */
    List<ChainEntry> entries(long height);

    /**
     * What waits for sealing: the last block (if any), the chain position of the first pending entry and the pending
     * leaves from there on.
     */
    record Pending(Optional<Block> head, long firstPosition, List<PendingLeaf> leaves) {
    }

    /** A pending entry's leaf hash (hex) and the time it was appended. */
    record PendingLeaf(String leafHash, Instant appendedAt) {
    }
}
