package io.computility.hub.camel.partner;

import io.computility.hub.camel.resource.AdmissionStatus;
import io.computility.hub.camel.resource.Health;
import io.computility.hub.camel.resource.PoolSnapshot;
import io.computility.hub.camel.resource.Provider;
import io.computility.hub.camel.resource.ProviderSource;
import io.computility.hub.camel.resource.ResourceInventory;
import io.computility.hub.camel.resource.ResourcePool;
import io.computility.hub.camel.resource.UnknownProviderException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The partner API (R-6.4, standard interfaces): a provider platform registers itself and pushes its inventory and
 * usage. Every body is checked against the unified model before anything changes; a bad one is answered with a
 * 400 problem naming the field. Pushes carry an {@code Idempotency-Key}; a repeated key changes nothing again.
 * Access (PARTNER or PROVIDER tokens) is enforced centrally by hub-server; a provider is changed only by the API
 * client that registered it, or an operator ({@link PartnerClients}).
 */
@RestController
@RequestMapping("/api/v1/partner/providers")
class PartnerController {

  private final ResourceInventory inventory;
  private final Validator validator;
  private final ProducerTemplate producer;
  private final ApplicationEventPublisher events;
  private final PartnerClients clients;
  private final Clock clock;

  PartnerController(ResourceInventory inventory, Validator validator, ProducerTemplate producer,
      ApplicationEventPublisher events, PartnerClients clients, Clock clock) {
    this.inventory = inventory;
    this.validator = validator;
    this.producer = producer;
    this.events = events;
    this.clients = clients;
    this.clock = clock;
  }

  /**
   * Registers a provider, or updates its registration, and hands it to onboarding ({@link PartnerRegistered}). A
   * new or rejected provider is pending until onboarding admits it (a rejected one's re-registration is its
   * re-submission); an admitted or suspended one keeps its status.
   */
  @PostMapping
  ResponseEntity<Provider> register(@RequestBody PartnerRequests.Registration registration, Principal caller) {
    validate(registration);
    if (registration.credentialsRef() != null && registration.baseUrl() == null) {
      throw new PartnerRequestInvalidException("credentialsRef", "needs a baseUrl the credentials are for");
    }
    Optional<Provider> known = inventory.provider(registration.id());
    if (known.isPresent() && known.get().source() != ProviderSource.PARTNER) {
      throw new PartnerRequestInvalidException("id", "is taken by a provider the hub manages itself");
    }
    if (known.isPresent() && known.get().kind() != registration.kind()) {
      throw new PartnerRequestInvalidException("kind", "cannot change after registration (was "
          + known.get().kind() + ")");
    }
    clients.claim(registration.id(), caller);
    AdmissionStatus status = known.map(Provider::admissionStatus)
        .filter(current -> current == AdmissionStatus.ADMITTED || current == AdmissionStatus.SUSPENDED)
        .orElse(AdmissionStatus.PENDING);
    inventory.saveProvider(new Provider(registration.id(), registration.name(), registration.owner(),
        registration.kind(), registration.region(), registration.baseUrl(), registration.credentialsRef(), status,
        ProviderSource.PARTNER, Health.UNKNOWN, registration.pue(), registration.greenPowerShare(), null));
    events.publishEvent(new PartnerRegistered(registration.id()));
    Provider saved = inventory.provider(registration.id()).orElseThrow();
    return known.isEmpty()
        ? ResponseEntity.created(URI.create("/api/v1/partner/providers/" + saved.id())).body(saved)
        : ResponseEntity.ok(saved);
  }

  /** Replaces the provider's inventory with the reported pools, measured and classified. */
  @PutMapping("/{providerId}/inventory")
  Map<String, Object> pushInventory(@PathVariable String providerId,
      @RequestHeader(PartnerRoutes.KEY) String idempotencyKey,
      @RequestBody PartnerRequests.InventoryReport report, Principal caller) {
    validate(report);
    clients.check(providerId, caller);
    Provider provider = inventory.provider(providerId).orElseThrow(() -> new UnknownProviderException(providerId));
    // measuring validates every pool against the conversion table before anything is written
    inventory.measure(provider, report.pools().stream().map(pool -> new PoolSnapshot(pool.externalId(), pool.kind(),
        pool.zone(), pool.spec(), pool.totalUnits(), pool.remainingUnits(), pool.priceFenPerUnitHour(),
        pool.currency())).toList(), clock.instant());
    boolean duplicate = push(providerId, "inventory", idempotencyKey, report);
    List<ResourcePool> pools = inventory.pools().stream().filter(pool -> pool.providerId().equals(providerId))
        .toList();
    return Map.of("providerId", providerId, "duplicate", duplicate, "pools", pools);
  }

  /** Records usage samples of the provider's allocations. */
  @PostMapping("/{providerId}/usage")
  ResponseEntity<Map<String, Object>> pushUsage(@PathVariable String providerId,
      @RequestHeader(PartnerRoutes.KEY) String idempotencyKey, @RequestBody PartnerRequests.UsageReport report,
      Principal caller) {
    validate(report);
    clients.check(providerId, caller);
    for (int i = 0; i < report.samples().size(); i++) {
      PartnerRequests.UsageSample sample = report.samples().get(i);
      if (sample.periodEnd().isBefore(sample.periodStart())) {
        throw new PartnerRequestInvalidException("samples[" + i + "].periodEnd", "must not be before periodStart");
      }
    }
    inventory.provider(providerId).orElseThrow(() -> new UnknownProviderException(providerId));
    boolean duplicate = push(providerId, "usage", idempotencyKey, report);
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("providerId", providerId, "duplicate", duplicate,
        "samples", report.samples().size()));
  }

  private boolean push(String providerId, String event, String idempotencyKey, Object body) {
    if (idempotencyKey.isBlank() || idempotencyKey.length() > 100) {
      throw new PartnerRequestInvalidException(PartnerRoutes.KEY, "must have 1 to 100 characters");
    }
    Exchange done = producer.send(PartnerRoutes.PUSH, exchange -> {
      exchange.getMessage().setHeader(PartnerRoutes.PROVIDER, providerId);
      exchange.getMessage().setHeader(PartnerRoutes.EVENT, event);
      exchange.getMessage().setHeader(PartnerRoutes.KEY, idempotencyKey);
      exchange.getMessage().setBody(body);
    });
    if (done.getException() instanceof ErrorResponseException problem) {
      throw problem;
    }
    if (done.getException() != null) {
      throw new ErrorResponseException(HttpStatus.INTERNAL_SERVER_ERROR,
          ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "Push could not be applied"),
          done.getException());
    }
    return done.getProperty(Exchange.DUPLICATE_MESSAGE, false, Boolean.class);
  }

  private void validate(Object body) {
    if (body == null) {
      throw new PartnerRequestInvalidException("body", "is required");
    }
    validator.validate(body).stream()
        .min(Comparator.comparing((ConstraintViolation<Object> violation) -> violation.getPropertyPath().toString()))
        .ifPresent(violation -> {
          throw new PartnerRequestInvalidException(violation.getPropertyPath().toString(), violation.getMessage());
        });
  }
}
