package io.computility.hub.portal.demand;

import io.computility.hub.workers.billing.Project;
import io.computility.hub.workers.placement.BusinessType;
import io.computility.hub.workers.placement.ResourceKind;
import io.computility.hub.workers.placement.ServiceLevel;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** A {@code portal_demand} row; times are UTC, region sets comma-separated. */
record DemandRow(String id, String consumerId, String idempotencyKey, String kind, long quantity,
    long durationMinutes, LocalDateTime startAt, String allowedRegions, String preferredRegions, String userRegion,
    int maxLatencyMs, long budgetFen, String serviceLevel, String businessType, boolean greenPreferred,
    boolean autoSelectPreferred, String paymentMode, String status, LocalDateTime createdAt,
    LocalDateTime updatedAt, String projectCode, String projectName) {

  static DemandRow of(String id, String consumerId, String idempotencyKey, DemandDraft draft, LocalDateTime now) {
    return new DemandRow(id, consumerId, idempotencyKey, draft.kind().name(), draft.quantity(),
        draft.durationMinutes(), draft.start() == null ? null : LocalDateTime.ofInstant(draft.start(), ZoneOffset.UTC),
        joined(draft.allowedRegions()), joined(draft.preferredRegions()), draft.userRegion(), draft.maxLatencyMillis(),
        draft.budgetFen(), draft.serviceLevel().name(), draft.businessType() == null ? null : draft.businessType().name(),
        draft.greenPreferred(), draft.autoSelectPreferred(), draft.paymentMode().name(),
        DemandStatus.PUBLISHED.name(), now, now, draft.project() == null ? null : draft.project().code(),
        draft.project() == null ? null : draft.project().name());
  }

  Demand toDemand() {
    return new Demand(id, consumerId, ResourceKind.valueOf(kind), quantity, durationMinutes,
        startAt == null ? null : startAt.toInstant(ZoneOffset.UTC), split(allowedRegions), split(preferredRegions),
        userRegion, maxLatencyMs, budgetFen, ServiceLevel.valueOf(serviceLevel),
        businessType == null ? null : BusinessType.valueOf(businessType), greenPreferred, autoSelectPreferred,
        PaymentMode.valueOf(paymentMode), DemandStatus.valueOf(status), createdAt.toInstant(ZoneOffset.UTC),
        updatedAt.toInstant(ZoneOffset.UTC), Project.of(projectCode, projectName));
  }

  private static String joined(Set<String> regions) {
    return regions.stream().sorted().collect(Collectors.joining(","));
  }

  private static Set<String> split(String regions) {
    return regions.isEmpty() ? Set.of() : Arrays.stream(regions.split(",")).collect(Collectors.toSet());
  }
}
