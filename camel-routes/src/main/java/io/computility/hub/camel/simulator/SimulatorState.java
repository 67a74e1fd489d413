package io.computility.hub.camel.simulator;

import io.computility.hub.camel.CamelRoutesProperties;
import io.computility.hub.camel.resource.ResourceKind;
import io.computility.hub.camel.simulator.SimulatedProvider.Pool;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The live state of the simulated providers: free units per pool, allocations, and the faults an operator or a test
 * has switched on. In memory: a restart gives every simulated provider its full capacity back.
 *
 * <p>Provisioning is asynchronous and follows the hub's clock: an allocation is pending for the configured
 * provisioning delay, then active, or failed when the provider's "provisioning failure" fault was on when it was
 * requested (its units are returned then). Usage accrues from the moment it became active: units × hours, times the
 * provider's usage multiplier; traffic is the unit-hours times a rate per pool kind (or the provider's fault).
 */
class SimulatorState {

  /** What a simulated provider says of a failed provisioning. */
  static final String PROVISIONING_FAILURE = "simulated provisioning failure";
  private static final BigDecimal MILLIS_PER_HOUR = BigDecimal.valueOf(3_600_000);

  private final Map<String, ProviderState> providers = new LinkedHashMap<>();
  private final Clock clock;
  private final CamelRoutesProperties.Simulator settings;
  private final AtomicLong sequence;

  SimulatorState(List<SimulatedProvider> catalogue, Clock clock, CamelRoutesProperties.Simulator settings) {
    this.clock = clock;
    this.settings = settings;
    // ids stay unique across restarts, as the hub keeps allocations it made before
    this.sequence = new AtomicLong(clock.millis());
    catalogue.forEach(provider -> providers.put(provider.id(), new ProviderState(provider)));
  }

  /** The state of one simulated provider; 404 for an unknown one. */
  ProviderState provider(String id) {
    ProviderState state = providers.get(id);
    if (state == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No simulated provider " + id);
    }
    return state;
  }

  List<SimulatedProvider> catalogue() {
    return providers.values().stream().map(ProviderState::definition).toList();
  }

  /**
   * Faults switched on for a provider.
   *
   * @param latencyMs delay before every answer
   * @param failNext how many requests fail with {@code errorStatus} ({@code -1}: all)
   * @param errorStatus the status of a failed request
   * @param exhausted no free capacity: inventory shows none and provisioning is refused (409)
   * @param provisioningFailure allocations requested from now on fail once their provisioning delay is over
   * @param usageMultiplier factor on reported unit-hours ({@code null}: 1), to make usage exceed an estimate
   * @param transferGbPerUnitHour traffic per unit-hour for every pool ({@code null}: the configured rate per kind)
   */
  record Faults(long latencyMs, int failNext, int errorStatus, boolean exhausted, boolean provisioningFailure,
      BigDecimal usageMultiplier, BigDecimal transferGbPerUnitHour) {

    static final Faults NONE = new Faults(0, 0, 503, false, false, null, null);

    Faults withFailNext(int remaining) {
      return new Faults(latencyMs, remaining, errorStatus, exhausted, provisioningFailure, usageMultiplier,
          transferGbPerUnitHour);
    }
  }

  /** Where a simulated allocation stands. */
  enum Phase { PENDING, ACTIVE, FAILED }

  /**
   * An allocation held at a simulated provider.
   *
   * @param id the provider's id of it
   * @param poolId the pool's key
   * @param kind the pool's kind
   * @param units units held
   * @param since when it was requested
   * @param readyAt when provisioning is over
   * @param failing whether provisioning ends in failure
   */
  record Held(String id, String poolId, ResourceKind kind, int units, Instant since, Instant readyAt,
      boolean failing) {

    Phase phase(Instant now) {
      if (now.isBefore(readyAt)) {
        return Phase.PENDING;
      }
      return failing ? Phase.FAILED : Phase.ACTIVE;
    }
  }

  /**
   * An allocation over its life, as a usage statement sees it.
   *
   * @param releasedAt when it was released; {@code null} while held
   */
  record Tenancy(Held allocation, Instant releasedAt) {

    /** Whether it was requested before {@code to} and not released before {@code from}. */
    boolean heldWithin(Instant from, Instant to) {
      return allocation.since().isBefore(to) && (releasedAt == null || !releasedAt.isBefore(from));
    }
  }

  /** One provider's mutable state. */
  final class ProviderState {
    private final SimulatedProvider definition;
    private final Map<String, Integer> free = new ConcurrentHashMap<>();
    private final Map<String, Held> held = new ConcurrentHashMap<>();
    /** Released allocations and when: still on the provider's usage statements of the months they ran in. */
    private final Map<String, Tenancy> released = new ConcurrentHashMap<>();
    private Faults faults = Faults.NONE;

    ProviderState(SimulatedProvider definition) {
      this.definition = definition;
      definition.pools().forEach(pool -> free.put(key(pool), pool.units()));
    }

    SimulatedProvider definition() {
      return definition;
    }

    synchronized Faults faults() {
      return faults;
    }

    synchronized void faults(Faults faults) {
      this.faults = faults;
    }

    /** Consumes one injected failure, answering whether this request must fail. */
    synchronized boolean failThisRequest() {
      if (faults.failNext() == 0) {
        return false;
      }
      if (faults.failNext() > 0) {
        faults = faults.withFailNext(faults.failNext() - 1);
      }
      return true;
    }

    /** Free units of a pool; zero while capacity exhaustion is simulated. */
    synchronized int free(Pool pool) {
      return faults.exhausted() ? 0 : free.get(key(pool));
    }

    /** The first pool matching, or 404. */
    Pool pool(Predicate<Pool> matching) {
      return definition.pools().stream().filter(matching).findFirst()
          .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such pool"));
    }

    /** Takes units from a pool: 409 when too few are free. */
    synchronized Held allocate(Pool pool, int units, String prefix) {
      if (units <= 0 || free(pool) < units) {
        throw new ResponseStatusException(HttpStatus.CONFLICT, "Insufficient capacity in " + pool.id());
      }
      free.merge(key(pool), -units, Integer::sum);
      Instant now = clock.instant();
      Held allocation = new Held(prefix + sequence.incrementAndGet(), key(pool), pool.kind(), units, now,
          now.plus(settings.provisioningDelay()), faults.provisioningFailure());
      held.put(allocation.id(), allocation);
      return allocation;
    }

    /**
     * Where an allocation stands now; a failed one gives its units back the first time this is seen, and is kept
     * (without units) so that its failure can be reported.
     */
    synchronized Phase phase(String id) {
      Held allocation = held(id);
      Phase phase = allocation.phase(clock.instant());
      if (phase == Phase.FAILED && allocation.units() > 0) {
        free.merge(allocation.poolId(), allocation.units(), Integer::sum);
        held.put(id, new Held(id, allocation.poolId(), allocation.kind(), 0, allocation.since(),
            allocation.readyAt(), true));
      }
      return phase;
    }

    /**
     * Allocates under a name the caller chose (a namespace quota), usable at once: 409 when it exists, when capacity
     * is short, or when provisioning failures are simulated (the platform refuses the quota).
     */
    synchronized Held allocateNamed(String name, Pool pool, int units) {
      if (held.containsKey(name)) {
        throw new ResponseStatusException(HttpStatus.CONFLICT, "Namespace " + name + " already exists");
      }
      if (faults.provisioningFailure()) {
        throw new ResponseStatusException(HttpStatus.CONFLICT, PROVISIONING_FAILURE);
      }
      Held allocation = allocate(pool, units, "tmp-");
      held.remove(allocation.id());
      Held named = new Held(name, allocation.poolId(), allocation.kind(), units, allocation.since(),
          allocation.since(), false);
      held.put(name, named);
      return named;
    }

    /** Returns an allocation's units; 404 when unknown. */
    synchronized void release(String id) {
      Held allocation = held(id);
      held.remove(id);
      released.put(id, new Tenancy(allocation, clock.instant()));
      free.merge(allocation.poolId(), allocation.units(), Integer::sum);
    }

    /** Whether an allocation is held now or was released; 404 when it never was. */
    void known(String id) {
      if (!released.containsKey(id)) {
        held(id);
      }
    }

    /** Every allocation held now or released, with when it was released ({@code null} while held). */
    synchronized List<Tenancy> tenancies() {
      List<Tenancy> all = new ArrayList<>(released.values());
      held.values().forEach(allocation -> all.add(new Tenancy(allocation, null)));
      return all;
    }

    /**
     * Unit-hours an allocation (held or released) used within {@code [from, to)}: units × hours it was active
     * then, times the usage multiplier.
     */
    BigDecimal unitHoursWithin(Tenancy allocation, Instant from, Instant to) {
      Held held = allocation.allocation();
      Instant end = allocation.releasedAt() != null ? allocation.releasedAt() : clock.instant();
      Instant activeFrom = max(held.readyAt(), from);
      Instant activeTo = end.isBefore(to) ? end : to;
      if (held.failing() || !activeTo.isAfter(activeFrom)) {
        return BigDecimal.ZERO.setScale(4);
      }
      return unitHours(Duration.between(activeFrom, activeTo), held.units());
    }

    Held held(String id) {
      Held allocation = held.get(id);
      if (allocation == null) {
        throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No allocation " + id);
      }
      return allocation;
    }

    /** The allocations held now. */
    synchronized List<Held> allocations() {
      return List.copyOf(held.values());
    }

    /** Unit-hours an allocation has used so far: units × hours since it became active, times the multiplier. */
    BigDecimal unitHours(String id) {
      Held allocation = held(id);
      return unitHours(activeFor(allocation), allocation.units());
    }

    private BigDecimal unitHours(Duration active, int units) {
      BigDecimal used = BigDecimal.valueOf(active.toMillis()).multiply(BigDecimal.valueOf(units));
      BigDecimal multiplier = faults().usageMultiplier();
      if (multiplier != null) {
        used = used.multiply(multiplier);
      }
      return used.divide(MILLIS_PER_HOUR, 4, RoundingMode.HALF_UP);
    }

    /** Gigabytes an allocation has carried so far: its unit-hours times the traffic rate of its pool. */
    BigDecimal transferredGb(String id) {
      Held allocation = held(id);
      BigDecimal rate = faults().transferGbPerUnitHour();
      if (rate == null) {
        rate = switch (allocation.kind()) {
          case NETWORK -> settings.transferGbPerUnitHour().network();
          case STORAGE -> settings.transferGbPerUnitHour().storage();
          default -> settings.transferGbPerUnitHour().compute();
        };
      }
      return unitHours(id).multiply(rate).setScale(4, RoundingMode.HALF_UP);
    }

    /** How long an allocation has been active (zero while pending and after a failure). */
    Duration activeFor(String id) {
      return activeFor(held(id));
    }

    private Duration activeFor(Held allocation) {
      Instant now = clock.instant();
      return allocation.phase(now) == Phase.ACTIVE ? Duration.between(allocation.readyAt(), now) : Duration.ZERO;
    }

    private static Instant max(Instant a, Instant b) {
      return a.isAfter(b) ? a : b;
    }

    private static String key(Pool pool) {
      return pool.id() + "|" + pool.spec();
    }
  }
}
