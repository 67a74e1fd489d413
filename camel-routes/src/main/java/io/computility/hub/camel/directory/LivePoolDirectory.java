package io.computility.hub.camel.directory;

import io.computility.hub.camel.CamelRoutesProperties;
import io.computility.hub.camel.resource.AdmissionStatus;
import io.computility.hub.camel.resource.Health;
import io.computility.hub.camel.resource.InventoryChanged;
import io.computility.hub.camel.resource.Product;
import io.computility.hub.camel.resource.Provider;
import io.computility.hub.camel.resource.ProviderKind;
import io.computility.hub.camel.resource.ResourceInventory;
import io.computility.hub.camel.resource.ResourcePool;
import io.computility.hub.workers.billing.PlanTerms;
import io.computility.hub.workers.billing.PricePlans;
import io.computility.hub.workers.placement.CandidatePool;
import io.computility.hub.workers.placement.CapacityReservations;
import io.computility.hub.workers.placement.PoolDirectory;
import io.computility.hub.workers.placement.PoolHealth;
import io.computility.hub.workers.placement.ResourceKind;
import io.computility.hub.workers.placement.ServiceLevel;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The placement engine's view of the live pools ({@link PoolDirectory}), built from the unified model and held in
 * memory: rebuilt by {@link PoolDirectoryRoutes} shortly after every committed {@link InventoryChanged}
 * (synchronisation, health, admission, products) and on a schedule as a safety net.
 *
 * <p>It lists the pools of admitted providers whose product is listed and whose admission class is known, in the
 * provider's own units (instance, server, accelerator, node, circuit: what {@code ProvisionRequest.units} counts),
 * priced in fen per unit-hour. A pool's remaining capacity is the smaller of what the provider reports free and
 * what {@link CapacityReservations#available} leaves (its total less the hub's reservations): the provider's figure
 * already excludes what the hub has provisioned and what others use there, the reservations' figure excludes what
 * the hub has promised but not yet provisioned. Whenever a pool's total is synchronised it is registered with
 * {@link CapacityReservations#registerCapacity}, with the public-service share of its listed product's current
 * price plan ({@link PlanTerms#publicServiceQuota()}, none without a plan), so a new quota applies from the pool's
 * next synchronisation.
 */
@Service
public class LivePoolDirectory implements PoolDirectory {

  private static final Map<ProviderKind, String> UNITS = Map.of(ProviderKind.CLOUD, "instance",
      ProviderKind.BARE_METAL, "server", ProviderKind.CLOUD_NATIVE, "accelerator", ProviderKind.SUPERCOMPUTING, "node",
      ProviderKind.NETWORK, "circuit");

  private static final Logger LOG = LoggerFactory.getLogger(LivePoolDirectory.class);

  private final ResourceInventory inventory;
  private final ObjectProvider<CapacityReservations> reservations;
  private final ObjectProvider<PricePlans> plans;
  private final CamelRoutesProperties.Directory settings;
  private final Clock clock;
  private final AtomicLong rebuilds = new AtomicLong();
  private final AtomicReference<Built> current = new AtomicReference<>();

  /** One rebuild's contents; {@code ticket} orders rebuilds by when they started reading. */
  private record Built(long ticket, Map<ResourceKind, List<CandidatePool>> pools) {
  }

  LivePoolDirectory(ResourceInventory inventory, ObjectProvider<CapacityReservations> reservations,
      ObjectProvider<PricePlans> plans, CamelRoutesProperties properties, Clock clock) {
    this.inventory = inventory;
    this.reservations = reservations;
    this.plans = plans;
    this.settings = properties.directory();
    this.clock = clock;
  }

  @Override
  public List<CandidatePool> pools(ResourceKind kind) {
    Built built = current.get();
    // the very first read builds without registering capacity: it may run inside the caller's transaction
    Map<ResourceKind, List<CandidatePool>> pools = built == null ? rebuild(false, listedProductByPool())
        : built.pools();
    return pools.getOrDefault(kind, List.of());
  }

  /** Registers synchronised totals for reservation, then rebuilds the directory; reads the listed products once. */
  void apply(InventoryChanged change) {
    Map<String, String> products = listedProductByPool();
    CapacityReservations capacity = reservations.getIfAvailable();
    if (capacity != null && !change.synchronisedPools().isEmpty()) {
      register(change.synchronisedPools(), capacity, products);
    }
    rebuild(true, products);
  }

  /**
   * Rebuilds the directory from the unified model now; answers the new contents. Rebuilds may run concurrently (no
   * lock: a caller holding a database connection must never wait for another that needs one); the one that started
   * reading last is kept.
   */
  public Map<ResourceKind, List<CandidatePool>> refresh() {
    return rebuild(true, listedProductByPool());
  }

  /**
   * Rebuilds from {@code products}, the listed product of each pool ({@link #listedProductByPool}) as the caller read
   * it: its pools are the listed ones.
   */
  private Map<ResourceKind, List<CandidatePool>> rebuild(boolean registerUnknown, Map<String, String> products) {
    long ticket = rebuilds.incrementAndGet();
    Map<String, Provider> admitted = inventory.providers().stream()
        .filter(provider -> provider.admissionStatus() == AdmissionStatus.ADMITTED)
        .collect(Collectors.toMap(Provider::id, Function.identity()));
    Set<String> listed = products.keySet();
    CapacityReservations capacity = reservations.getIfAvailable();
    List<ResourcePool> offered = inventory.pools().stream().filter(pool -> admitted.containsKey(pool.providerId())
        && listed.contains(pool.id()) && pool.admissionClass() != null).toList();
    if (capacity != null && registerUnknown) {
      registerUnknown(offered, capacity, products);
    }
    Instant now = clock.instant();
    Map<String, Double> reliability = new HashMap<>();
    Map<ResourceKind, List<CandidatePool>> built = new EnumMap<>(ResourceKind.class);
    for (ResourcePool pool : offered) {
      Provider provider = admitted.get(pool.providerId());
      double providerReliability = reliability.computeIfAbsent(provider.id(), id -> ProviderReliability.of(
          inventory.healthHistory(id, now.minus(settings.reliabilityWindow())), now.minus(settings.reliabilityWindow()),
          now, settings.defaultReliability()));
      CandidatePool candidate = candidate(pool, provider, remaining(pool, capacity), providerReliability);
      built.computeIfAbsent(candidate.kind(), kind -> new ArrayList<>()).add(candidate);
    }
    built.replaceAll((kind, list) -> List.copyOf(list));
    Built rebuilt = new Built(ticket, Map.copyOf(built));
    current.accumulateAndGet(rebuilt, (kept, fresh) -> kept == null || fresh.ticket() > kept.ticket() ? fresh : kept);
    return rebuilt.pools();
  }

  /**
   * Every offered pool can be reserved: one synchronised before this hub kept capacities is registered now. A pool
   * that cannot be registered is still offered; reserving it answers {@code UNKNOWN_POOL}.
   */
  private void registerUnknown(List<ResourcePool> offered, CapacityReservations capacity,
      Map<String, String> products) {
    List<ResourcePool> unknown = offered.stream().filter(pool -> capacity.available(pool.id()) == null).toList();
    if (!unknown.isEmpty()) {
      register(unknown, capacity, products);
    }
  }

  /**
   * Registers the pools' totals, each with the public-service quota of its listed product's current plan, the quotas
   * read for all of them at once. A pool that cannot be registered is logged and skipped; when the quotas cannot be
   * read the totals are still registered, the shares left as they were.
   */
  private void register(List<ResourcePool> pools, CapacityReservations capacity, Map<String, String> products) {
    Map<String, BigDecimal> quotas = publicServiceQuotas(pools, products);
    for (ResourcePool pool : pools) {
      try {
        capacity.registerCapacity(pool.id(), pool.totalUnits());
        if (quotas != null) {
          String productId = products.get(pool.id());
          capacity.setPublicServiceShare(pool.id(), productId == null ? BigDecimal.ZERO : quotas.get(productId));
        }
      } catch (RuntimeException e) {
        LOG.warn("Capacity of pool {} not registered for reservation: {}", pool.id(), e.toString());
      }
    }
  }

  private Map<String, String> listedProductByPool() {
    return inventory.listedProducts().stream().collect(Collectors.toMap(Product::poolId, Product::id, (a, b) -> a));
  }

  /**
   * The quota of the current price plan of the listed product of each of {@code pools}, by product id: 0 for a
   * product without a plan, or for all without price plans; {@code null} when they cannot be read.
   */
  private Map<String, BigDecimal> publicServiceQuotas(List<ResourcePool> pools, Map<String, String> products) {
    Set<String> productIds = new HashSet<>();
    pools.stream().map(pool -> products.get(pool.id())).filter(Objects::nonNull).forEach(productIds::add);
    PricePlans pricing = plans.getIfAvailable();
    if (productIds.isEmpty() || pricing == null) {
      return productIds.stream().collect(Collectors.toMap(Function.identity(), id -> BigDecimal.ZERO));
    }
    try {
      return pricing.publicServiceQuotas(productIds);
    } catch (RuntimeException e) {
      LOG.warn("Public-service quotas of {} pools not read: {}", pools.size(), e.toString());
      return null;
    }
  }

  private static long remaining(ResourcePool pool, CapacityReservations capacity) {
    Long available = capacity == null ? null : capacity.available(pool.id());
    return available == null ? pool.remainingUnits() : Math.max(0, Math.min(pool.remainingUnits(), available));
  }

  private CandidatePool candidate(ResourcePool pool, Provider provider, long remaining, double providerReliability) {
    return new CandidatePool(pool.id(), pool.providerId(), pool.regionCode(), pool.zone(), kind(pool),
        UNITS.get(provider.kind()), pool.totalUnits(), remaining, pool.priceFenPerUnitHour(),
        provider.pue() == null ? 1.0 : provider.pue().doubleValue(),
        provider.greenPowerShare() == null ? 0.0 : provider.greenPowerShare().doubleValue(), health(pool.health()),
        settings.serviceLevels().getOrDefault(pool.admissionClass(), ServiceLevel.BASIC), providerReliability,
        Set.copyOf(pool.tags()));
  }

  private static ResourceKind kind(ResourcePool pool) {
    return switch (pool.kind()) {
      case GENERAL -> ResourceKind.GENERAL_CPU;
      case INTELLIGENT -> ResourceKind.INTELLIGENT_GPU;
      case SUPERCOMPUTING -> ResourceKind.SUPERCOMPUTING;
      case QUANTUM -> ResourceKind.QUANTUM;
      case STORAGE -> ResourceKind.STORAGE;
      case NETWORK -> ResourceKind.NETWORK;
    };
  }

  /** A pool never synchronised yet is not known to be up. */
  private static PoolHealth health(Health health) {
    return switch (health) {
      case UP -> PoolHealth.UP;
      case DEGRADED, UNKNOWN -> PoolHealth.DEGRADED;
      case DOWN -> PoolHealth.DOWN;
    };
  }
}
