package io.computility.hub.camel.adapter;

import io.computility.hub.camel.resource.ResourceInventory;
import io.computility.hub.camel.resource.ResourcePool;
import io.computility.hub.camel.resource.UsageRecords;
import io.computility.hub.camel.resource.UnknownProviderException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.springframework.stereotype.Service;

/** {@link ProviderGateway} over the adapters' Camel routes. */
@Service
class CamelProviderGateway implements ProviderGateway {

  private final ProducerTemplate producer;
  private final ProviderDirectory directory;
  private final ResourceInventory inventory;
  private final AllocationMapper allocations;
  private final AllocationStates states;
  private final UsageRecords usage;
  private final Clock clock;

  CamelProviderGateway(ProducerTemplate producer, ProviderDirectory directory, ResourceInventory inventory,
      AllocationMapper allocations, AllocationStates states, UsageRecords usage, Clock clock) {
    this.producer = producer;
    this.directory = directory;
    this.inventory = inventory;
    this.allocations = allocations;
    this.states = states;
    this.usage = usage;
    this.clock = clock;
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<ResourcePool> syncInventory(String providerId) {
    return call(GatewayRoutes.INVENTORY, providerId, null, List.class);
  }

  @Override
  public Allocation provision(ProvisionRequest request) {
    Allocation existing = allocations.findByOrder(request.providerId(), request.orderRef());
    if (existing != null) {
      return existing;
    }
    String poolId = request.providerId() + ":" + request.poolExternalId();
    Provisioned provisioned = call(GatewayRoutes.PROVISION, request.providerId(), request, Provisioned.class);
    // whole seconds: MariaDB behind Connector/J drops fractions, and a repeated request must return equal data
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    return states.created(new Allocation(request.providerId() + ":" + provisioned.externalId(),
        request.providerId(), poolId, request.orderRef(), provisioned.externalId(), request.units(),
        provisioned.report().state(), provisioned.report().detail(), now));
  }

  @Override
  public Allocation status(String providerId, String allocationId) {
    Allocation allocation = allocation(providerId, allocationId);
    if (allocation.state() != AllocationState.PENDING) {
      return allocation;
    }
    ProviderReport report = call(GatewayRoutes.STATUS, providerId, allocation, ProviderReport.class);
    if (report.state() == AllocationState.PENDING) {
      return allocation;
    }
    return states.report(allocation.id(), report.state(), report.detail(), AllocationStates.Source.POLL);
  }

  @Override
  public Allocation release(String providerId, String allocationId) {
    Allocation allocation = allocation(providerId, allocationId);
    if (allocation.state() == AllocationState.RELEASED) {
      return allocation;
    }
    try {
      call(GatewayRoutes.RELEASE, providerId, allocation, Object.class);
    } catch (ProviderCallException e) {
      // a failed allocation may be gone at the provider already; anything else must be retried
      if (allocation.state() != AllocationState.FAILED || e.statusCode() != 404) {
        throw e;
      }
    }
    return states.report(allocation.id(), AllocationState.RELEASED, null, AllocationStates.Source.RELEASE);
  }

  @Override
  public UsageReport readUsage(String providerId, String allocationId) {
    Allocation allocation = allocation(providerId, allocationId);
    UsageFigures figures = call(GatewayRoutes.USAGE, providerId, allocation, UsageFigures.class);
    Instant now = clock.instant();
    usage.record(providerId, allocation.id(), figures.unitHours(), figures.transferredGb(), allocation.createdAt(),
        now, UsageRecords.Source.PULL);
    return new UsageReport(providerId, allocation.id(), figures.unitHours(), figures.transferredGb(), now);
  }

  private Allocation allocation(String providerId, String allocationId) {
    Allocation allocation = allocations.findById(allocationId);
    if (allocation == null || !allocation.providerId().equals(providerId)) {
      throw new IllegalArgumentException("No allocation " + allocationId + " at provider " + providerId);
    }
    return allocation;
  }

  private <T> T call(String endpoint, String providerId, Object body, Class<T> type) {
    if (directory.remote(providerId).isEmpty() || inventory.provider(providerId).isEmpty()) {
      throw new UnknownProviderException(providerId);
    }
    try {
      return producer.requestBodyAndHeader(endpoint, body, GatewayRoutes.PROVIDER_HEADER, providerId, type);
    } catch (CamelExecutionException e) {
      throw translate(providerId, e);
    }
  }

  private static ProviderCallException translate(String providerId, CamelExecutionException failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && !isKnown(cause)) {
      cause = cause.getCause();
    }
    if (cause instanceof CallNotPermittedException) {
      return new ProviderCallException(providerId, true, "Circuit of provider " + providerId + " is open", cause);
    }
    if (cause instanceof HttpOperationFailedException http) {
      boolean retryable = http.getStatusCode() >= 500 || http.getStatusCode() == 429;
      return new ProviderCallException(providerId, retryable, http.getStatusCode(),
          "Provider " + providerId + " answered " + http.getStatusCode(), cause);
    }
    if (cause instanceof IOException) {
      return new ProviderCallException(providerId, true, "Provider " + providerId + " unreachable: " + cause, cause);
    }
    if (cause instanceof MalformedResponseException) {
      return new ProviderCallException(providerId, false, cause.getMessage(), cause);
    }
    return new ProviderCallException(providerId, false, "Call to provider " + providerId + " failed: " + cause,
        cause);
  }

  private static boolean isKnown(Throwable cause) {
    return cause instanceof CallNotPermittedException || cause instanceof HttpOperationFailedException
        || cause instanceof IOException || cause instanceof MalformedResponseException;
  }
}
