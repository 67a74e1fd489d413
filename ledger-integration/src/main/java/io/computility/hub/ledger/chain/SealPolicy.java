package io.computility.hub.ledger.chain;

import java.time.Duration;

/**
 * When pending records become a block: as soon as {@code maxRecords} are waiting, or when the oldest has waited
 * {@code maxAge} — so a quiet hub still seals its few records promptly.
 */
public record SealPolicy(int maxRecords, Duration maxAge) {

    public SealPolicy {
        if (maxRecords < 1) {
            throw new IllegalArgumentException("maxRecords must be at least 1");
        }
    }
}
