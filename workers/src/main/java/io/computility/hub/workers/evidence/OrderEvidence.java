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
   * @param region the GB/T 2260 code of the region the order concerns (its pool's, else its demand's), or
   *     {@code null} when not known; a regional regulator reads only the evidence of orders in its region
   */
  record Subject(String owner, List<String> businessKeys, String region) {

    public Subject {
      businessKeys = List.copyOf(businessKeys);
    }

    /** An order whose region is not known. */
    public Subject(String owner, List<String> businessKeys) {
      this(owner, businessKeys, null);
    }
  }
}
