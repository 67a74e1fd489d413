package io.computility.hub.ledger;

/** The ledger cannot be reached now; the outbox keeps the records until it can. */
public class LedgerUnavailableException extends RuntimeException {

    public LedgerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
