/**
 * Wallets: prepaid balances, holds and their capture, charges beyond a hold (never below zero), postpaid
 * receivables and their payment, and the settlement of collected money between provider and platform, kept as a
 * double-entry ledger in fen. {@link io.computility.hub.workers.wallet.Wallets} is the API; credit limits and the
 * per-order settlement live in {@code billing}.
 */
package io.computility.hub.workers.wallet;
