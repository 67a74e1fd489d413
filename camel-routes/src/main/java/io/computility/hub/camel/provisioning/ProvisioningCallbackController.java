package io.computility.hub.camel.provisioning;

import io.computility.hub.camel.adapter.Allocation;
import io.computility.hub.camel.adapter.AllocationState;
import io.computility.hub.camel.adapter.AllocationStates;
import io.computility.hub.camel.partner.PartnerClients;
import io.computility.hub.camel.resource.ResourceInventory;
import io.computility.hub.camel.resource.UnknownProviderException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.security.Principal;
import java.util.Comparator;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Provider callbacks: a partner that pushes tells the hub that provisioning of an allocation finished,
 * {@code POST /api/v1/partner/providers/{providerId}/allocations/{externalId}/events} with
 * {@code {"state": "ACTIVE" | "FAILED", "detail": "…"}}. The state is stored through {@link AllocationStates}
 * (which tells the waiting order process). Repeating a report changes nothing ({@code "applied": false}); so does a
 * report the allocation's lifecycle has passed (e.g. after release). Access (PARTNER or PROVIDER tokens) is enforced
 * centrally by hub-server, like every partner endpoint; only the provider's own API client or an operator may report
 * ({@link PartnerClients}).
 */
@RestController
@RequestMapping("/api/v1/partner/providers/{providerId}/allocations/{externalId}/events")
class ProvisioningCallbackController {

  private final AllocationStates allocations;
  private final ResourceInventory inventory;
  private final Validator validator;
  private final PartnerClients clients;

  ProvisioningCallbackController(AllocationStates allocations, ResourceInventory inventory, Validator validator,
      PartnerClients clients) {
    this.allocations = allocations;
    this.inventory = inventory;
    this.validator = validator;
    this.clients = clients;
  }

  /**
   * The allocation after the report.
   *
   * @param allocationId hub id of the allocation
   * @param externalId the provider's id
   * @param state its state now
   * @param detail the provider's words stored with it
   * @param applied whether this report changed the state
   */
  record Answer(String allocationId, String externalId, AllocationState state, String detail, boolean applied) {
  }

  @PostMapping
  Answer report(@PathVariable String providerId, @PathVariable String externalId,
      @RequestBody(required = false) ProvisioningReport report, Principal caller) {
    validate(report);
    inventory.provider(providerId).orElseThrow(() -> new UnknownProviderException(providerId));
    clients.check(providerId, caller);
    Allocation before = allocations.findByExternalId(providerId, externalId)
        .orElseThrow(() -> new UnknownAllocationException(providerId, externalId));
    Allocation after = allocations.report(before.id(), AllocationState.valueOf(report.state()), report.detail(),
        AllocationStates.Source.CALLBACK);
    return new Answer(after.id(), after.externalId(), after.state(), after.detail(), after.state() != before.state());
  }

  private void validate(ProvisioningReport report) {
    if (report == null) {
      throw new ProvisioningReportInvalidException("body", "is required");
    }
    validator.validate(report).stream()
        .min(Comparator.comparing((ConstraintViolation<ProvisioningReport> violation) ->
            violation.getPropertyPath().toString()))
        .ifPresent(violation -> {
          throw new ProvisioningReportInvalidException(violation.getPropertyPath().toString(),
              violation.getMessage());
        });
    if ("FAILED".equals(report.state()) && (report.detail() == null || report.detail().isBlank())) {
      throw new ProvisioningReportInvalidException("detail", "is required for a failure");
    }
  }
}
