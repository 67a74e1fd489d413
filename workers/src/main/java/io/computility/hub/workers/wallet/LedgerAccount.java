package io.computility.hub.workers.wallet;

/** The accounts money moves between. Every transaction debits some and credits others by the same total. */
enum LedgerAccount {
  /** A customer's available balance. */
  WALLET("wallet:"),
  /** A customer's money held for orders under way. */
  HOLDS("holds:"),
  /** Where top-ups come from: payments received outside the hub (its balance goes negative). */
  TOP_UP_SOURCE("top-up:"),
  /** What a postpaid customer owes the hub: negative by the charges posted and not yet paid. */
  RECEIVABLE("receivable:"),
  /** Captured money not yet split between provider and platform. */
  SETTLEMENT_CLEARING("clearing:"),
  /** What the hub owes a provider. */
  PROVIDER_PAYABLE("payable:"),
  /** The platform's fees. */
  PLATFORM_REVENUE("revenue:");

  private final String prefix;

  LedgerAccount(String prefix) {
    this.prefix = prefix;
  }

  String idFor(String owner) {
    return prefix + owner;
  }
}
