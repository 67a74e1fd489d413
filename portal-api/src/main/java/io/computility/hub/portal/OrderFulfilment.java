package io.computility.hub.portal;

/**
 * Names the {@code order-fulfilment} process shares with its callers: the process key, the messages and the
 * variables set from outside the engine. See {@code portal-api/README.md} for the whole contract.
 */
public final class OrderFulfilment {

  /** The process definition key; the business key of an instance is the demand id. */
  public static final String PROCESS = "order-fulfilment";

  /** The consumer took one of the offers; variable {@link #CONFIRMED_POOL_ID}. */
  public static final String OFFER_CONFIRMED = "OfferConfirmed";
  /** The consumer cancelled the demand while it waited for a confirmation. */
  public static final String DEMAND_CANCELLED = "DemandCancelled";
  /** The provider reported on a pending allocation; correlated by the process variable {@code allocationId}. */
  public static final String PROVISIONING_REPORTED = "ProvisioningReported";
  /** The consumer asked to release a running order's resources; variable {@link #RELEASE_REASON}. */
  public static final String RELEASE_REQUESTED = "ReleaseRequested";

  /**
   * A running order should move to another pool (S-7.3 c); variables {@link #MIGRATION_ID},
   * {@link #MIGRATION_TARGET_POOL_ID}, {@link #MIGRATION_RESERVATION_KEY}.
   */
  public static final String MIGRATION_REQUESTED = "MigrationRequested";

  /** The pool the consumer confirmed. */
  public static final String CONFIRMED_POOL_ID = "confirmedPoolId";
  /** Why the resources are released: {@code USER}, {@code BOOKED_END} or {@code BALANCE_EXHAUSTED}. */
  public static final String RELEASE_REASON = "releaseReason";
  /** Set when a release was asked for while the process could not take the message (it was metering). */
  public static final String RELEASE_REQUESTED_FLAG = "releaseRequested";

  /** The migration under way (its proposal's id). */
  public static final String MIGRATION_ID = "migrationId";
  /** The pool a migration moves the order to. */
  public static final String MIGRATION_TARGET_POOL_ID = "migrationTargetPoolId";
  /** The key the migration's target capacity is reserved under. */
  public static final String MIGRATION_RESERVATION_KEY = "migrationReservationKey";

  private OrderFulfilment() {
  }
}
