package io.computility.hub.workers.evidence;

import java.util.List;
import java.util.Optional;

/**
 * Port to the operations layer: what belongs to an order's evidence. An order's steps are recorded under several
 * business keys — its demand's process runs under the demand id, the order and its bill are recorded under their
 * own ids — so the ledger asks the order store which keys make up one order and whose it is. The portal implements
 * it.
 */
public interface OrderEvidence {

  /** The order's evidence subject, or empty when there is no such order. */
  Optional<Subject> of(String orderId);

  /**
   * @param owner the account the order belongs to (may see its evidence)
   * @param businessKeys every business key the order's records carry, in the order the steps happened
   */
  record Subject(String owner, List<String> businessKeys) {

    public Subject {
      businessKeys = List.copyOf(businessKeys);
    }
  }
}
