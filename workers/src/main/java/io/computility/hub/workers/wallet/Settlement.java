package io.computility.hub.workers.wallet;

/**
 * How captured money was split.
 *
 * @param gross the captured fen settled
 * @param providerShare what the provider is owed: gross less the platform fee
 * @param platformFee the platform's fee, rounded half-up to the fen
 */
public record Settlement(String transactionId, String reference, String providerId, long gross, long providerShare,
    long platformFee) {
}
