/**
 * Wallets: prepaid balances, holds and their capture, and the settlement of captured money between provider and
 * platform, kept as a double-entry ledger in fen. {@link io.computility.hub.workers.wallet.Wallets} is the API.
 */
package io.computility.hub.workers.wallet;
