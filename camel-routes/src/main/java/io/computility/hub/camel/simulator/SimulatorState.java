package io.computility.hub.camel.simulator;

import io.computility.hub.camel.simulator.SimulatedProvider.Pool;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 */
class SimulatorState {

  private final Map<String, ProviderState> providers = new LinkedHashMap<>();
  private final Clock clock;
  private final AtomicLong sequence = new AtomicLong(1000);

  SimulatorState(List<SimulatedProvider> catalogue, Clock clock) {
    this.clock = clock;
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

  /** Faults switched on for a provider. */
  record Faults(long latencyMs, int failNext, int errorStatus, boolean exhausted) {
    static final Faults NONE = new Faults(0, 0, 503, false);
  }

  /** An allocation held at a simulated provider. */
  record Held(String id, String poolId, int units, Instant since) {
  }

  /** One provider's mutable state. */
  final class ProviderState {
    private final SimulatedProvider definition;
    private final Map<String, Integer> free = new ConcurrentHashMap<>();
    private final Map<String, Held> held = new ConcurrentHashMap<>();
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
        faults = new Faults(faults.latencyMs(), faults.failNext() - 1, faults.errorStatus(), faults.exhausted());
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
      Held allocation = new Held(prefix + sequence.incrementAndGet(), key(pool), units, clock.instant());
      held.put(allocation.id(), allocation);
      return allocation;
    }

    /** Allocates under a name the caller chose (a namespace); 409 when it exists. */
    synchronized Held allocateNamed(String name, Pool pool, int units) {
      if (held.containsKey(name)) {
        throw new ResponseStatusException(HttpStatus.CONFLICT, "Namespace " + name + " already exists");
      }
      Held allocation = allocate(pool, units, "tmp-");
      held.remove(allocation.id());
      Held named = new Held(name, allocation.poolId(), units, allocation.since());
      held.put(name, named);
      return named;
    }

    /** Returns an allocation's units; 404 when unknown. */
    synchronized void release(String id) {
      Held allocation = held(id);
      held.remove(id);
      free.merge(allocation.poolId(), allocation.units(), Integer::sum);
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

    /** The pool an allocation was taken from. */
    Pool poolOf(Held allocation) {
      return pool(candidate -> key(candidate).equals(allocation.poolId()));
    }

    /** Unit-hours an allocation has used so far. */
    BigDecimal unitHours(String id) {
      Held allocation = held(id);
      BigDecimal hours = BigDecimal.valueOf(Duration.between(allocation.since(), clock.instant()).toMillis())
          .divide(BigDecimal.valueOf(3_600_000), 4, RoundingMode.HALF_UP);
      return hours.multiply(BigDecimal.valueOf(allocation.units()));
    }

    Duration elapsed(String id) {
      return Duration.between(held(id).since(), clock.instant());
    }

    private static String key(Pool pool) {
      return pool.id() + "|" + pool.spec();
    }
  }
}
