package io.computility.hub.workers.wallet;

import java.time.Instant;

/**
 * One movement of money, as the owner sees it in the journal.
 *
 * @param amount the fen moved (always positive; the kind says which way)
 * @param holdId the hold it concerns, if any
 * @param reference what it is for (an order id, a payment reference)
 * @param idempotencyKey the caller's key; the same key returns this transaction again
 */
public record WalletTransaction(String transactionId, String owner, Kind kind, long amount, String currency,
    String holdId, String reference, String idempotencyKey, Instant createdAt) {

  /** What a transaction did. */
  public enum Kind {
    /** Money paid in. */
    TOP_UP,
    /** Money set aside from the available balance. */
    HOLD,
    /** Held money taken for what was delivered; any rest returned. */
    CAPTURE,
    /** Held money returned in full. */
    VOID,
    /** Held money returned because the hold ran out of time. */
    EXPIRE,
    /** Captured money split into the provider's share and the platform's fee. */
    SETTLE,
    /** Money taken straight from the available balance (usage beyond a hold); never more than there is. */
    CHARGE,
    /** A postpaid charge: owed by the customer, to be paid later. */
    POSTPAID_CHARGE,
    /** A payment received against postpaid charges. */
    POSTPAID_PAYMENT,
    /** Postpaid charges forgiven by a credit note. */
    CREDIT_NOTE
  }
}
