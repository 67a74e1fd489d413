package io.computility.hub.workers.wallet;

import java.time.Instant;

/**
 * Money set aside from a wallet for one purpose (an order), until it is captured, voided or expires.
 *
 * @param amount the fen held
 * @param capturedAmount the fen taken when captured (the rest went back to the wallet)
 */
public record Hold(String holdId, String owner, String reference, long amount, long capturedAmount, String currency,
    Status status, Instant expiresAt, Instant createdAt, Instant closedAt) {

  /** Where a hold is in its life. */
  public enum Status { ACTIVE, CAPTURED, VOIDED, EXPIRED }
}
