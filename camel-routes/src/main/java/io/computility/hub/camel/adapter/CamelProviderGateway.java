package io.computility.hub.camel.adapter;

import io.computility.hub.camel.resource.ResourceInventory;
import io.computility.hub.camel.resource.ResourcePool;
import io.computility.hub.camel.resource.UsageRecords;
import io.computility.hub.camel.resource.UnknownProviderException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.io.IOException;
import java.math.BigDecimal;
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
  private final UsageRecords usage;
  private final Clock clock;

  CamelProviderGateway(ProducerTemplate producer, ProviderDirectory directory, ResourceInventory inventory,
      AllocationMapper allocations, UsageRecords usage, Clock clock) {
    this.producer = producer;
    this.directory = directory;
    this.inventory = inventory;
    this.allocations = allocations;
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
    String externalId = call(GatewayRoutes.PROVISION, request.providerId(), request, String.class);
    // whole seconds: MariaDB behind Connector/J drops fractions, and a repeated request must return equal data
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    Allocation allocation = new Allocation(request.providerId() + ":" + externalId, request.providerId(), poolId,
        request.orderRef(), externalId, request.units(), "ACTIVE", now);
    allocations.insert(allocation);
    return allocation;
  }

  @Override
  public Allocation release(String providerId, String allocationId) {
    Allocation allocation = allocation(providerId, allocationId);
    if ("RELEASED".equals(allocation.state())) {
      return allocation;
    }
    call(GatewayRoutes.RELEASE, providerId, allocation, Object.class);
    allocations.updateState(allocation.id(), "RELEASED", clock.instant());
    return allocations.findById(allocation.id());
  }

  @Override
  public UsageReport readUsage(String providerId, String allocationId) {
    Allocation allocation = allocation(providerId, allocationId);
    BigDecimal unitHours = call(GatewayRoutes.USAGE, providerId, allocation, BigDecimal.class);
    Instant now = clock.instant();
    usage.record(providerId, allocation.id(), unitHours, allocation.createdAt(), now, UsageRecords.Source.PULL);
    return new UsageReport(providerId, allocation.id(), unitHours, now);
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
