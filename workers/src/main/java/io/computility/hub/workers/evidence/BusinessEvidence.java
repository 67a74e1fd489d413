package io.computility.hub.workers.evidence;

import java.util.Map;

/**
 * Port to the trusted ledger (O-8.5) for key business records: an account opened, a product listed, an order
 * created, a bill issued, a settlement made, a policy changed, indicator values accepted. The ledger module implements
 * it; a module asks for it through an {@code ObjectProvider} so that it still runs in a deployment without a ledger.
 *
 * <p>Only the SM3 digest of the facts goes on the ledger, with the kind, business key and owner in clear, so that
 * an auditor holding the document can prove it was recorded unaltered.
 */
public interface BusinessEvidence {

  /**
   * Records {@code facts} about the business object {@code businessKey} in the caller's database transaction: on
   * the ledger if and only if the caller's change commits. The record id is {@code kind:businessKey}, so a repeated
   * call (a retried worker, a replayed request) keeps one record.
   *
   * @param kind what happened, e.g. {@code order.created}, {@code bill.issued}
   * @param businessKey the object's id; an order's evidence is found by its id
   * @param owner the account the object belongs to (a consumer sees only its own evidence), or {@code null}
   * @param facts the document, serialised canonically (keys sorted) before hashing
   * @throws org.springframework.transaction.IllegalTransactionStateException outside a transaction
   */
  default void record(String kind, String businessKey, String owner, Map<String, ?> facts) {
    record(kind, businessKey, owner, null, facts);
  }

  /**
   * As {@link #record(String, String, String, Map)}, for an object in {@code region}: the GB/T 2260 code of the
   * region it concerns (an order's pool or demand region, a provider's, a reporting unit's), or {@code null} when it
   * concerns no one region. A regional regulator reads only records in its region.
   */
  void record(String kind, String businessKey, String owner, String region, Map<String, ?> facts);
}
