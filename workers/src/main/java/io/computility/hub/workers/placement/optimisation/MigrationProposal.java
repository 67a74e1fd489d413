package io.computility.hub.workers.placement.optimisation;

/**
 * A suggested move of a running order to a better pool (S-7.3 c).
 *
 * @param orderId the order to move
 * @param fromPoolId where it runs
 * @param toPoolId the best feasible pool now
 * @param reason why it should move
 * @param policyName the policy that ranked the target
 * @param policyVersion its version
 * @param automatic whether the policy lets the platform start the move without asking
 */
public record MigrationProposal(String orderId, String fromPoolId, String toPoolId, Reason reason,
    String policyName, int policyVersion, boolean automatic) {

  /** What is wrong with the current pool. */
  public enum Reason {
    POOL_DOWN, POOL_DEGRADED, POOL_OVERLOADED, POOL_GONE
  }

  /** Idempotency key for the order process: one proposal per order, source and target. */
  public String key() {
    return orderId + ":" + fromPoolId + "->" + toPoolId;
  }
}
