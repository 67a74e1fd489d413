package io.computility.hub.workers.billing;

import java.math.BigDecimal;

/** How much room an order running on a wallet or on credit has left. */
public enum BalanceState {
  /** Enough remains. */
  OK,
  /** Less than the configured share remains: warn the customer. */
  LOW,
  /** Nothing remains: release the order. */
  EXHAUSTED;

  /**
   * The state of {@code remainingFen} out of {@code baseFen} (the hold, or the credit limit): {@code EXHAUSTED} at
   * or below zero, {@code LOW} below {@code lowShare × baseFen}, else {@code OK}.
   */
  static BalanceState of(long remainingFen, long baseFen, BigDecimal lowShare) {
    if (remainingFen <= 0) {
      return EXHAUSTED;
    }
    if (BigDecimal.valueOf(remainingFen).compareTo(lowShare.multiply(BigDecimal.valueOf(baseFen))) < 0) {
      return LOW;
    }
    return OK;
  }
}
