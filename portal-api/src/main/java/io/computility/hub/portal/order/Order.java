package io.computility.hub.portal.order;

import io.computility.hub.portal.demand.PaymentMode;
import io.computility.hub.workers.billing.Project;
import java.time.Instant;

/**
 * An order created from a confirmed offer (O-8.3 c) and where it stands.
 *
 * @param id the order's id
 * @param demandId the demand it fulfils (the business key of its process)
 * @param consumerId the account that pays
 * @param poolId the pool the resources come from (changes when a provider fails and the next candidate is tried)
 * @param productId the listed product of that pool, {@code null} when the pool has none listed
 * @param providerId the pool's provider
 * @param units units booked
 * @param planVersion version of the price plan the order is rated with, {@code null} until known
 * @param estimatedCostFen the offer's estimated cost, what a prepaid order holds
 * @param currency ISO 4217 currency of the amounts
 * @param bookedStart when the booking began
 * @param bookedEnd when the resources are released at the latest
 * @param paymentMode prepaid or postpaid
 * @param attempt which provisioning attempt (1 = the chosen offer, 2 = the next candidate …)
 * @param holdId the wallet hold of a prepaid order, {@code null} before payment or for postpaid
 * @param allocationId the provider allocation, {@code null} before provisioning
 * @param billId the order's bill, {@code null} before rating
 * @param billTotalFen the bill's total, {@code null} before rating
 * @param releaseReason why the resources were released ({@code USER}, {@code BOOKED_END}, {@code BALANCE_EXHAUSTED})
 * @param status where it stands
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 * @param startedAt when the resources became active, {@code null} before
 * @param releasedAt when the resources were released, {@code null} before
 * @param project the consumer's project, from the demand; {@code null} for none
 */
public record Order(String id, String demandId, String consumerId, String poolId, String productId,
    String providerId, long units, Integer planVersion, long estimatedCostFen, String currency, Instant bookedStart,
    Instant bookedEnd, PaymentMode paymentMode, int attempt, String holdId, String allocationId, String billId,
    Long billTotalFen, String releaseReason, OrderStatus status, Instant createdAt, Instant updatedAt,
    Instant startedAt, Instant releasedAt, Project project) {
}
