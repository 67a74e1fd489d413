package io.computility.hub.camel.resource;

import java.time.Clock;
import java.time.Instant;
import io.computility.hub.workers.evidence.BusinessEvidence;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The resource layer's store of providers, pools, products and links in the unified model: what adapters and partner
 * pushes write, and what the topology, catalogue and placement read.
 *
 * <p>Listing, delisting and retiring a product are key business records: each goes on the trusted ledger
 * ({@link BusinessEvidence}, kinds {@code product.listed}, {@code product.delisted}, {@code product.retired}, keyed by
 * the product id, owned by the provider, in the provider's region) in the transaction that moves the product.
 */
@Service
public class ResourceInventory {

  private final ProviderMapper providers;
  private final PoolMapper pools;
  private final ProductMapper products;
  private final LinkMapper links;
  private final Measurement measurement;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final ObjectProvider<BusinessEvidence> evidence;

  ResourceInventory(ProviderMapper providers, PoolMapper pools, ProductMapper products, LinkMapper links,
      Measurement measurement, ApplicationEventPublisher events, Clock clock,
      ObjectProvider<BusinessEvidence> evidence) {
    this.evidence = evidence;
    this.providers = providers;
    this.pools = pools;
    this.products = products;
    this.links = links;
    this.measurement = measurement;
    this.events = events;
    this.clock = clock;
  }

  /** Adds a provider, or updates its registration data; health and sync state are kept. */
  @Transactional
  public void saveProvider(Provider provider) {
    Instant now = clock.instant();
    Optional<Provider> known = providers.findById(provider.id());
    if (known.isEmpty()) {
      providers.insert(provider, now);
      providers.insertHistory(provider.id(), provider.admissionStatus(), "REGISTERED", now);
    } else {
      providers.update(provider, now);
      if (known.get().admissionStatus() != provider.admissionStatus()) {
        providers.insertHistory(provider.id(), provider.admissionStatus(), "RE-REGISTERED", now);
      }
    }
    events.publishEvent(InventoryChanged.of(provider.id()));
  }

  /** Records an onboarding decision about a provider (admitted, rejected, suspended). */
  @Transactional
  public void changeAdmission(String providerId, AdmissionStatus status) {
    Instant now = clock.instant();
    if (providers.updateAdmission(providerId, status, now) == 0) {
      throw new UnknownProviderException(providerId);
    }
    providers.insertHistory(providerId, status, "DECIDED", now);
    events.publishEvent(InventoryChanged.of(providerId));
  }

  /** A provider's admission history, oldest first: registrations and onboarding decisions. */
  public List<AdmissionChange> admissionHistory(String providerId) {
    return providers.findHistory(providerId).stream()
        .map(entry -> new AdmissionChange(entry.admissionStatus(), entry.event(), entry.changedAt())).toList();
  }

  /**
   * One entry of a provider's admission history.
   *
   * @param status the admission status from then on
   * @param event {@code REGISTERED}, {@code RE-REGISTERED} or {@code DECIDED}
   * @param at when
   */
  public record AdmissionChange(AdmissionStatus status, String event, Instant at) {
  }

  /** The provider with this id. */
  public Optional<Provider> provider(String id) {
    return providers.findById(id);
  }

  /** Every provider, by region. */
  public List<Provider> providers() {
    return providers.findAll();
  }

  /**
   * Replaces a provider's inventory with what it reported: measures and classifies every pool, regenerates tags,
   * marks pools no longer reported as down, lists a product for each admitted pool of an admitted provider, and
   * marks the provider up. Validates everything before writing anything.
   *
   * @throws InvalidInventoryException naming the first field at fault ({@code pools[i].spec}, …)
   */
  @Transactional
  public List<ResourcePool> record(String providerId, List<PoolSnapshot> snapshots) {
    Provider provider = providers.findById(providerId).orElseThrow(() -> new UnknownProviderException(providerId));
    Instant now = clock.instant();
    List<ResourcePool> measured = measure(provider, snapshots, now);
    Set<String> reported = new HashSet<>();
    for (ResourcePool pool : measured) {
      reported.add(pool.id());
      pools.delete(pool.id());
      pools.insert(pool);
      pools.deleteTags(pool.id());
      pool.tags().forEach(tag -> pools.insertTag(pool.id(), tag));
      if (pool.admissionClass() != null) {
        offer(provider, pool, now);
      }
    }
    for (PoolMapper.PoolRow stale : pools.findByProvider(providerId)) {
      if (!reported.contains(stale.id()) && stale.health() != Health.DOWN) {
        ResourcePool gone = stale.toPool(List.of());
        pools.delete(gone.id());
        pools.insert(withHealth(gone, Health.DOWN, now));
      }
    }
    if (provider.health() != Health.UP) {
      providers.insertHealth(providerId, Health.UP, now);
    }
    providers.markSynced(providerId, now);
    events.publishEvent(new InventoryChanged(providerId, measured));
    return measured;
  }

  /** Validates and measures reported pools without storing them. */
  public List<ResourcePool> measure(Provider provider, List<PoolSnapshot> snapshots, Instant now) {
    List<ResourcePool> measured = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < snapshots.size(); i++) {
      PoolSnapshot snapshot = snapshots.get(i);
      String at = "pools[" + i + "].";
      require(snapshot.externalId() != null && !snapshot.externalId().isBlank(), at + "externalId", "is required");
      require(ids.add(snapshot.externalId()), at + "externalId", "is reported twice");
      require(snapshot.kind() != null, at + "kind", "is required");
      require(snapshot.totalUnits() >= 0, at + "totalUnits", "must not be negative");
      require(snapshot.remainingUnits() >= 0 && snapshot.remainingUnits() <= snapshot.totalUnits(),
          at + "remainingUnits", "must lie between 0 and totalUnits");
      require(snapshot.priceFenPerUnitHour() >= 0, at + "priceFenPerUnitHour", "must not be negative");
      require(snapshot.currency() != null && snapshot.currency().matches("[A-Z]{3}"), at + "currency",
          "must be an ISO 4217 code");
      UnifiedCapacity unit;
      try {
        unit = measurement.measure(snapshot.spec());
      } catch (UnknownSpecException e) {
        throw new InvalidInventoryException(at + "spec", e.getMessage());
      }
      Classification classification = measurement.classify(snapshot.kind(), unit.times(snapshot.totalUnits()));
      Health health = snapshot.remainingUnits() == 0 ? Health.DEGRADED : Health.UP;
      measured.add(new ResourcePool(provider.id() + ":" + snapshot.externalId(), provider.id(),
          snapshot.externalId(), snapshot.kind(), provider.regionCode(), snapshot.zone(), snapshot.spec(),
          classification.admissionClass(), classification.connection(), snapshot.totalUnits(),
          snapshot.remainingUnits(), unit, snapshot.priceFenPerUnitHour(), snapshot.currency(), health,
          PoolTags.of(snapshot.kind(), provider.regionCode(), snapshot.spec(), unit,
              classification.admissionClass(), provider), now));
    }
    return measured;
  }

  private static void require(boolean condition, String field, String detail) {
    if (!condition) {
      throw new InvalidInventoryException(field, detail);
    }
  }

  private void offer(Provider provider, ResourcePool pool, Instant now) {
    String productId = "prd:" + pool.id();
    Product existing = products.findById(productId);
    boolean admitted = provider.admissionStatus() == AdmissionStatus.ADMITTED;
    if (existing == null) {
      Product draft = new Product(productId, pool.id(), pool.spec(), pool.spec(), pool.priceFenPerUnitHour(),
          pool.currency(), ProductState.DRAFT, null, now);
      Product offered = admitted ? draft.moveTo(ProductState.LISTED, now) : draft;
      products.insert(offered);
      recordListing(offered, provider);
    } else if (admitted && existing.state() == ProductState.DRAFT) {
      // listed once on admission; a delisted product stays delisted until an operator lists it again
      Product listed = existing.moveTo(ProductState.LISTED, now);
      products.update(listed);
      recordListing(listed, provider);
    }
  }

  /** Puts a product's move on or off sale on the ledger; drafts are not a listing fact. */
  private void recordListing(Product product, Provider provider) {
    String kind = switch (product.state()) {
      case LISTED -> "product.listed";
      case DELISTED -> "product.delisted";
      case RETIRED -> "product.retired";
      default -> null;
    };
    if (kind == null) {
      return;
    }
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("product", product.id());
    facts.put("pool", product.poolId());
    facts.put("provider", provider.id());
    facts.put("name", product.name());
    facts.put("spec", product.spec());
    facts.put("priceFenPerHour", product.priceFenPerHour());
    facts.put("currency", product.currency());
    facts.put("state", product.state().name());
    facts.put("previousState", product.lastState() == null ? null : product.lastState().name());
    facts.put("at", product.updatedAt());
    evidence.ifAvailable(ledger -> ledger.record(kind, product.id(), provider.id(), provider.regionCode(), facts));
  }

  private static ResourcePool withHealth(ResourcePool pool, Health health, Instant now) {
    return new ResourcePool(pool.id(), pool.providerId(), pool.externalId(), pool.kind(), pool.regionCode(),
        pool.zone(), pool.spec(), pool.admissionClass(), pool.connection(), pool.totalUnits(), 0, pool.unit(),
        pool.priceFenPerUnitHour(), pool.currency(), health, pool.tags(), now);
  }

  /** Records the health of a provider whose synchronisation failed, and of its pools. */
  @Transactional
  public void markHealth(String providerId, Health health) {
    Optional<Provider> known = providers.findById(providerId);
    if (known.isPresent() && known.get().health() != health) {
      providers.insertHealth(providerId, health, clock.instant());
    }
    providers.updateHealth(providerId, health, clock.instant());
    pools.updateHealthOfProvider(providerId, health, clock.instant());
    events.publishEvent(InventoryChanged.of(providerId));
  }

  /**
   * A provider's health changes since {@code since}, oldest first, led by the last change before it (the health the
   * period opened with) when there is one.
   */
  public List<HealthChange> healthHistory(String providerId, Instant since) {
    return providers.findHealthSince(providerId, since);
  }

  /**
   * One change of a provider's live health.
   *
   * @param health the health from then on
   * @param at when it was seen
   */
  public record HealthChange(Health health, Instant at) {
  }

  /** Every pool with its tags. */
  public List<ResourcePool> pools() {
    Map<String, List<String>> tags = pools.findAllTags().stream().collect(Collectors.groupingBy(
        PoolMapper.PoolTag::poolId, Collectors.mapping(PoolMapper.PoolTag::tag, Collectors.toList())));
    return pools.findAll().stream().map(row -> row.toPool(tags.getOrDefault(row.id(), List.of()))).toList();
  }

  /** The pool with this id, if any. */
  public Optional<ResourcePool> pool(String id) {
    return Optional.ofNullable(pools.findById(id)).map(row -> row.toPool(List.of()));
  }

  /** Pools carrying every one of {@code tags}. */
  public List<ResourcePool> poolsTagged(Collection<String> tags) {
    return pools().stream().filter(pool -> pool.tags().containsAll(tags)).toList();
  }

  /** Products on sale. */
  public List<Product> listedProducts() {
    return products.findByState(ProductState.LISTED);
  }

  /**
   * Moves a product along its lifecycle (list, delist, retire); moving it to the state it is in changes nothing, so
   * a retried command is harmless.
   *
   * @throws IllegalStateException when the lifecycle forbids the move
   * @throws IllegalArgumentException when there is no such product
   */
  @Transactional
  public Product moveProduct(String productId, ProductState target) {
    Product product = products.findById(productId);
    if (product == null) {
      throw new IllegalArgumentException("No product " + productId);
    }
    if (product.state() == target) {
      return product;
    }
    Product moved = product.moveTo(target, clock.instant());
    products.update(moved);
    PoolMapper.PoolRow pool = pools.findById(moved.poolId());
    if (pool != null) {
      providers.findById(pool.providerId()).ifPresent(provider -> recordListing(moved, provider));
      events.publishEvent(InventoryChanged.of(pool.providerId()));
    }
    return moved;
  }

  /** Every product cut from a provider's pools, whatever its state. */
  public List<Product> products(String providerId) {
    return products.findByProvider(providerId);
  }

  /**
   * Moves every product of a provider that is in {@code from} to {@code to} (onboarding lists drafts, retirement
   * delists); products in other states are left alone, so a retried step changes nothing more.
   *
   * @return the provider's products now in {@code to}
   */
  @Transactional
  public List<Product> moveProductsOf(String providerId, ProductState from, ProductState to) {
    Optional<Provider> provider = providers.findById(providerId);
    for (Product product : products.findByProvider(providerId)) {
      if (product.state() == from) {
        Product moved = product.moveTo(to, clock.instant());
        products.update(moved);
        provider.ifPresent(owner -> recordListing(moved, owner));
      }
    }
    events.publishEvent(InventoryChanged.of(providerId));
    return products.findByProvider(providerId).stream().filter(product -> product.state() == to).toList();
  }

  /**
   * Regenerates the resource tags (capability, location, type, energy) of a provider's pools from its current
   * registration data, e.g. PUE and green-power share confirmed at admission.
   *
   * @return the provider's pools with their new tags
   */
  @Transactional
  public List<ResourcePool> regenerateTags(String providerId) {
    Provider provider = providers.findById(providerId).orElseThrow(() -> new UnknownProviderException(providerId));
    List<ResourcePool> tagged = new ArrayList<>();
    for (PoolMapper.PoolRow row : pools.findByProvider(providerId)) {
      ResourcePool pool = row.toPool(List.of());
      List<String> tags = PoolTags.of(pool.kind(), pool.regionCode(), pool.spec(), pool.unit(),
          pool.admissionClass(), provider);
      pools.deleteTags(pool.id());
      tags.forEach(tag -> pools.insertTag(pool.id(), tag));
      tagged.add(row.toPool(tags));
    }
    events.publishEvent(InventoryChanged.of(providerId));
    return tagged;
  }

  /** Replaces the links a carrier measured. */
  @Transactional
  public void recordLinks(String providerId, List<RegionLink> measured) {
    links.deleteByProvider(providerId);
    measured.forEach(link -> links.insert(link, clock.instant()));
  }

  /** Every measured inter-region link. */
  public List<RegionLink> links() {
    return links.findAll();
  }
}
