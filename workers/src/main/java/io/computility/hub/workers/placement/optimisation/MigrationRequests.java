package io.computility.hub.workers.placement.optimisation;

/**
 * Port to the order process: receives migration proposals. A proposal marked automatic starts the migration
 * (e.g. by correlating a message to the order's process); otherwise it is offered to the user or operator.
 * Must be idempotent on {@link MigrationProposal#key()}: the optimiser proposes again on every run until the
 * order has moved.
 */
public interface MigrationRequests {

  void submit(MigrationProposal proposal);
}
