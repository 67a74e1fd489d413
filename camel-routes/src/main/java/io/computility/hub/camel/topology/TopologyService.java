package io.computility.hub.camel.topology;

import io.computility.hub.camel.adapter.ProviderBreakers;
import io.computility.hub.camel.resource.Health;
import io.computility.hub.camel.resource.Provider;
import io.computility.hub.camel.resource.RegionCode;
import io.computility.hub.camel.resource.ResourceInventory;
import io.computility.hub.camel.resource.ResourceKind;
import io.computility.hub.camel.resource.ResourcePool;
import io.computility.hub.camel.resource.UnifiedCapacity;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** Builds the live {@link Topology} from the resource inventory and the providers' circuit breakers. */
@Service
public class TopologyService {

  private final ResourceInventory inventory;
  private final ProviderBreakers breakers;
  private final MessageSource messages;
  private final Clock clock;

  TopologyService(ResourceInventory inventory, ProviderBreakers breakers, MessageSource messages, Clock clock) {
    this.inventory = inventory;
    this.breakers = breakers;
    this.messages = messages;
    this.clock = clock;
  }

  /**
   * The topology, optionally narrowed.
   *
   * @param region a region code or prefix ({@code "44"}, {@code "440000"}) or {@code null} for the nation
   * @param kind only pools of this kind, or {@code null}
   * @param tags only pools carrying every one of these tags
   * @param locale language of region names
   */
  public Topology topology(String region, ResourceKind kind, Collection<String> tags, Locale locale) {
    Map<String, List<ResourcePool>> poolsByProvider = inventory.pools().stream()
        .filter(pool -> kind == null || pool.kind() == kind)
        .filter(pool -> pool.tags().containsAll(tags))
        .collect(Collectors.groupingBy(ResourcePool::providerId));
    boolean narrowed = kind != null || !tags.isEmpty();
    Map<String, List<Topology.ProviderNode>> byRegion = new TreeMap<>();
    for (Provider provider : inventory.providers()) {
      List<ResourcePool> pools = poolsByProvider.getOrDefault(provider.id(), List.of());
      if ((region != null && !RegionCode.of(provider.regionCode()).within(region)) || (narrowed && pools.isEmpty())) {
        continue;
      }
      byRegion.computeIfAbsent(provider.regionCode(), code -> new ArrayList<>()).add(node(provider, pools));
    }
    List<Topology.Region> regions = byRegion.entrySet().stream().map(entry -> region(entry.getKey(),
        entry.getValue(), locale)).toList();
    List<Topology.Link> links = inventory.links().stream()
        .filter(link -> region == null || RegionCode.of(link.fromRegion()).within(region)
            || RegionCode.of(link.toRegion()).within(region))
        .map(link -> new Topology.Link(link.fromRegion(), link.toRegion(), link.latencyMs(), link.bandwidthGbps(),
            link.providerId()))
        .toList();
    return new Topology(regions, links, clock.instant());
  }

  /** Pools carrying every one of {@code tags} (S-7.4 b), for placement policies and the tag query API. */
  public List<Topology.PoolNode> poolsTagged(Collection<String> tags) {
    return inventory.poolsTagged(tags).stream().map(TopologyService::pool).toList();
  }

  private Topology.Region region(String code, List<Topology.ProviderNode> providers, Locale locale) {
    UnifiedCapacity total = UnifiedCapacity.ZERO;
    UnifiedCapacity remaining = UnifiedCapacity.ZERO;
    for (Topology.ProviderNode provider : providers) {
      for (Topology.PoolNode pool : provider.pools()) {
        total = total.plus(pool.total());
        remaining = remaining.plus(pool.remaining());
      }
    }
    RegionCode regionCode = RegionCode.of(code);
    return new Topology.Region(code, messages.getMessage("camel.region." + code, null, code, locale),
        regionCode.province().value(), total, remaining, providers);
  }

  private Topology.ProviderNode node(Provider provider, List<ResourcePool> pools) {
    boolean circuitOpen = breakers.state(provider.id()).filter(state -> state == CircuitBreaker.State.OPEN)
        .isPresent();
    return new Topology.ProviderNode(provider.id(), provider.name(), provider.owner(), provider.kind(),
        provider.source(), provider.admissionStatus(), circuitOpen ? Health.DOWN : provider.health(), provider.pue(),
        provider.greenPowerShare(), provider.lastSyncAt(), pools.stream().map(TopologyService::pool).toList());
  }

  private static Topology.PoolNode pool(ResourcePool pool) {
    return new Topology.PoolNode(pool.id(), pool.kind(), pool.zone(), pool.spec(), pool.admissionClass(),
        pool.connection(), pool.totalUnits(), pool.remainingUnits(), pool.usedUnits(), pool.unit(), pool.total(),
        pool.remaining(), pool.priceFenPerUnitHour(), pool.currency(), pool.health(), pool.tags());
  }
}
