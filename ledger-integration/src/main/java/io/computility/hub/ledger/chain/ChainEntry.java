package io.computility.hub.ledger.chain;

import io.computility.hub.ledger.EvidenceRecord;
import java.time.Instant;

/**
 * A record as the chain stores it.
 *
 * @param record      the record
 * @param leafHash    hex {@link Sm3#leaf} of the record's canonical bytes, computed when it was appended
 * @param appendedAt  when the chain accepted it (drives time-based sealing)
 * @param blockHeight the block it was sealed into, or {@code null} while pending
 * @param leafIndex   its position in that block, or {@code null} while pending
 */
public record ChainEntry(EvidenceRecord record, String leafHash, Instant appendedAt, Long blockHeight,
                         Integer leafIndex) {

    /** A new pending entry for {@code record}. */
    public static ChainEntry pending(EvidenceRecord record, Instant appendedAt) {
        return new ChainEntry(record, leafHashOf(record), appendedAt, null, null);
    }

    /** The leaf hash {@code record} must have. */
    public static String leafHashOf(EvidenceRecord record) {
        return java.util.HexFormat.of().formatHex(Sm3.leaf(record.canonicalBytes()));
    }
}
