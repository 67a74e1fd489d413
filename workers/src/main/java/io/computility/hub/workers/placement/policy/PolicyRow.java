package io.computility.hub.workers.placement.policy;

import java.time.LocalDateTime;

/** One stored version of a policy; {@code definition} is the JSON of {@link PolicyDefinition.Body}. */
record PolicyRow(String policyName, int policyVersion, String businessType, String tenantId, String definition,
    boolean deleted, LocalDateTime createdAt, String createdBy) {
}
