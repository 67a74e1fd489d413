package io.computility.hub.ledger.chain;

/**
 * One inconsistency found by {@link ChainVerifier}, with where it is.
 *
 * @param blockHeight the block concerned (its stored height)
 * @param leafIndex   the record position concerned, or {@code null} for a block-level finding
 * @param recordId    the record concerned, or {@code null}
 * @param problem     what is wrong
 */
public record Finding(long blockHeight, Integer leafIndex, String recordId, Problem problem) {

    /** Kinds of inconsistency. */
    public enum Problem {
        /** A block's height is not the one after its predecessor: blocks removed or reordered. */
        HEIGHT_GAP,
        /** A block's previous hash is not its predecessor's hash: a block altered, removed or reordered. */
        BROKEN_LINK,
        /** The header's signature does not verify: the block header was altered. */
        BAD_SIGNATURE,
        /** A record's content no longer matches its leaf hash: the record was altered. */
        RECORD_ALTERED,
        /** A position in the block holds no record, or the block holds fewer records than it says: removed. */
        RECORD_MISSING,
        /** The records no longer produce the signed Merkle root: altered, removed, added or reordered. */
        ROOT_MISMATCH
    }

    @Override
    public String toString() {
        return "block " + blockHeight + (leafIndex == null ? "" : ", position " + leafIndex)
                + (recordId == null ? "" : ", record " + recordId) + ": " + problem;
    }
}
