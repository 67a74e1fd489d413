package io.computility.hub.portal.order;

import io.computility.hub.portal.demand.PaymentMode;
import io.computility.hub.workers.billing.Project;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** A {@code portal_order} row; times are UTC. */
record OrderRow(String id, String demandId, String consumerId, String poolId, String productId, String providerId,
    long units, Integer planVersion, long estimatedCostFen, String currency, LocalDateTime bookedStart,
    LocalDateTime bookedEnd, String paymentMode, int attempt, String reservationKey, String holdId,
    String allocationId, String billId, Long billTotalFen, String releaseReason, String status,
    LocalDateTime createdAt, LocalDateTime updatedAt, LocalDateTime startedAt, LocalDateTime releasedAt,
    String projectCode, String projectName) {

  Order toOrder() {
    return new Order(id, demandId, consumerId, poolId, productId, providerId, units, planVersion, estimatedCostFen,
        currency, instant(bookedStart), instant(bookedEnd), PaymentMode.valueOf(paymentMode), attempt, holdId,
        allocationId, billId, billTotalFen, releaseReason, OrderStatus.valueOf(status), instant(createdAt),
        instant(updatedAt), instant(startedAt), instant(releasedAt), Project.of(projectCode, projectName));
  }

  OrderStatus orderStatus() {
    return OrderStatus.valueOf(status);
  }

  private static Instant instant(LocalDateTime time) {
    return time == null ? null : time.toInstant(ZoneOffset.UTC);
  }
}
