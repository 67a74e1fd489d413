package io.computility.hub.workers.wallet;

/**
 * What a customer has: available to spend, and held for orders under way.
 *
 * @param available fen that can be spent or held
 * @param held fen set aside by active holds
 */
public record WalletBalance(String owner, long available, long held, String currency) {
}
