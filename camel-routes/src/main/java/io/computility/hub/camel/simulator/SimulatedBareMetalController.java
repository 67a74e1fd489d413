package io.computility.hub.camel.simulator;

import io.computility.hub.camel.simulator.SimulatedProvider.Pool;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Simulated bare-metal inventory/IPMI-style providers (the dialect of the bare-metal adapter). */
@RestController
@RequestMapping("/simulator/{provider}/api/v1")
@ConditionalOnProperty(name = "hub.camel.simulator.enabled", havingValue = "true")
class SimulatedBareMetalController {

  /** Rough wall power of one accelerator server, for the IPMI-style energy reading. */
  private static final BigDecimal KW_PER_NODE = new BigDecimal("6.5");

  private final SimulatorState state;

  SimulatedBareMetalController(SimulatorState state) {
    this.state = state;
  }

  @GetMapping("/inventory/nodes")
  Map<String, Object> nodes(@PathVariable String provider, @RequestParam(defaultValue = "1") int page,
      @RequestParam(name = "per_page", defaultValue = "50") int perPage) {
    SimulatorState.ProviderState simulated = state.provider(provider);
    List<Map<String, Object>> all = new ArrayList<>();
    for (Pool pool : simulated.definition().pools()) {
      int free = simulated.free(pool);
      for (int i = 0; i < pool.units(); i++) {
        all.add(Map.of("id", pool.id() + "-" + (i + 1), "model", pool.spec(), "model_id", pool.id(),
            "kind", pool.kind(),
            "zone", pool.zone(), "state", i < pool.units() - free ? "allocated" : "available",
            "bmc", Map.of("power", "on", "ipmi", "10.0.0." + (i + 1)),
            "price_fen_per_hour", pool.priceFen(), "currency", "CNY"));
      }
    }
    int pages = Math.max(1, (all.size() + perPage - 1) / perPage);
    int from = Math.min(all.size(), (page - 1) * perPage);
    return Map.of("nodes", all.subList(from, Math.min(all.size(), from + perPage)), "page", page, "pages", pages);
  }

  /** Request body of an allocation. */
  record AllocationRequest(String model, int count, String order_ref) {
  }

  @PostMapping("/allocations")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> allocate(@PathVariable String provider, @RequestBody AllocationRequest request) {
    SimulatorState.ProviderState simulated = state.provider(provider);
    Pool pool = simulated.pool(candidate -> candidate.spec().equals(request.model()));
    SimulatorState.Held allocation = simulated.allocate(pool, request.count(), "alloc-");
    return Map.of("allocation_id", allocation.id(), "nodes", List.of(pool.id()), "power", "on",
        "state", "deploying");
  }

  @GetMapping("/allocations/{id}")
  Map<String, Object> allocation(@PathVariable String provider, @PathVariable String id) {
    return switch (state.provider(provider).phase(id)) {
      case PENDING -> Map.of("allocation_id", id, "state", "deploying");
      case ACTIVE -> Map.of("allocation_id", id, "state", "active");
      case FAILED -> Map.of("allocation_id", id, "state", "failed", "error", SimulatorState.PROVISIONING_FAILURE);
    };
  }

  @DeleteMapping("/allocations/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void release(@PathVariable String provider, @PathVariable String id) {
    state.provider(provider).release(id);
  }

  @GetMapping("/allocations/{id}/metering")
  Map<String, Object> metering(@PathVariable String provider, @PathVariable String id) {
    SimulatorState.ProviderState simulated = state.provider(provider);
    BigDecimal nodeHours = simulated.unitHours(id);
    return Map.of("node_hours", nodeHours, "energy_kwh", nodeHours.multiply(KW_PER_NODE),
        "transferred_gb", simulated.transferredGb(id));
  }
}
