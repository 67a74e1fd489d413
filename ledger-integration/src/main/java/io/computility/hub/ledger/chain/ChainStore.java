package io.computility.hub.ledger.chain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Persistence of the evidence chain: entries, blocks and the link between them. */
public interface ChainStore {

    /** Ids among {@code recordIds} that the chain already holds (sealed or pending). */
    Collection<String> existing(Collection<String> recordIds);

    /** Stores new pending entries; their ids are not yet in the chain. */
    void append(List<ChainEntry> entries);

    /** Up to {@code limit} pending entries, oldest first. */
    List<ChainEntry> pending(int limit);

    /** The last block, if any. */
    Optional<Block> head();

    /** Stores {@code block} and assigns the entries, in this order, to it. */
    void saveBlock(Block block, List<ChainEntry> entries);

    /** The entry of {@code recordId}, if present. */
    Optional<ChainEntry> entry(String recordId);

    /** The block at {@code height}, if present. */
    Optional<Block> block(long height);

    /** Every block, in stored height order. */
    List<Block> blocks();

    /** The entries of block {@code height}, in leaf order. */
    List<ChainEntry> entries(long height);
}
