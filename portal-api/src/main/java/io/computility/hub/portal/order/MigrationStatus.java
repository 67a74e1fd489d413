package io.computility.hub.portal.order;

/** Where a proposed migration of a running order stands (S-7.3 c). */
public enum MigrationStatus {
  /** Offered to the order's owner or an operator, who accepts or declines it. */
  PROPOSED,
  /** Accepted (or automatic); starts as soon as the order process can take it. */
  ACCEPTED,
  /** Declined by the owner or an operator. Final. */
  DECLINED,
  /** A newer proposal for the same order replaced it before it started. Final. */
  SUPERSEDED,
  /** The order process reserves and provisions the target pool. */
  MIGRATING,
  /** The order runs on the target pool; the old allocation and its capacity were given back. Final. */
  MIGRATED,
  /** The target could not be reserved or provisioned; the order keeps running where it was. Final. */
  FAILED
}
