package io.computility.hub.ledger.chain;

import java.util.List;

/** Outcome of a full-chain verification. */
public record VerificationReport(long blocksChecked, long recordsChecked, List<Finding> findings) {

    /** Whether the chain is intact. */
    public boolean valid() {
        return findings.isEmpty();
    }
}
