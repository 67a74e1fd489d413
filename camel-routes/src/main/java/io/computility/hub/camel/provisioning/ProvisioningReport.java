package io.computility.hub.camel.provisioning;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A partner's report that provisioning of one of its allocations finished.
 *
 * @param state {@code ACTIVE} (usable) or {@code FAILED}
 * @param detail the partner's words, required for a failure
 */
record ProvisioningReport(
    @NotNull @Pattern(regexp = "ACTIVE|FAILED", message = "must be ACTIVE or FAILED") String state,
    @Size(max = 500) String detail) {
}
