package io.computility.hub.camel.simulator;

import io.computility.hub.camel.simulator.SimulatedProvider.Pool;
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

/** Simulated OpenStack-like cloud providers (the dialect of the cloud adapter). */
@RestController
@RequestMapping("/simulator/{provider}/v2.1")
@ConditionalOnProperty(name = "hub.camel.simulator.enabled", havingValue = "true")
class SimulatedCloudController {

  private final SimulatorState state;

  SimulatedCloudController(SimulatorState state) {
    this.state = state;
  }

  @GetMapping("/flavors/detail")
  Map<String, Object> flavors(@PathVariable String provider, @RequestParam(defaultValue = "50") int limit,
      @RequestParam(required = false) String marker) {
    SimulatorState.ProviderState simulated = state.provider(provider);
    List<Pool> pools = simulated.definition().pools();
    int start = 0;
    if (marker != null) {
      start = pools.indexOf(simulated.pool(pool -> pool.id().equals(marker))) + 1;
    }
    int end = Math.min(pools.size(), start + limit);
    List<Map<String, Object>> flavors = new ArrayList<>();
    for (Pool pool : pools.subList(start, end)) {
      flavors.add(Map.of("id", pool.id(), "name", pool.id(), "spec", pool.spec(), "resource_kind", pool.kind(),
          "zone", pool.zone(), "total", pool.units(), "available", simulated.free(pool),
          "price", Map.of("fen_per_hour", pool.priceFen(), "currency", "CNY")));
    }
    List<Map<String, String>> links = end < pools.size() ? List.of(Map.of("rel", "next")) : List.of();
    return Map.of("flavors", flavors, "flavors_links", links);
  }

  /** Request body of a server creation. */
  record ServerRequest(Server server) {
    record Server(String name, String flavorRef, int min_count) {
    }
  }

  @PostMapping("/servers")
  @ResponseStatus(HttpStatus.ACCEPTED)
  Map<String, Object> create(@PathVariable String provider, @RequestBody ServerRequest request) {
    SimulatorState.ProviderState simulated = state.provider(provider);
    Pool pool = simulated.pool(candidate -> candidate.id().equals(request.server().flavorRef()));
    SimulatorState.Held server = simulated.allocate(pool, request.server().min_count(), "srv-");
    return Map.of("server", Map.of("id", server.id(), "status", "BUILD"));
  }

  @DeleteMapping("/servers/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable String provider, @PathVariable String id) {
    state.provider(provider).release(id);
  }

  @GetMapping("/servers/{id}")
  Map<String, Object> server(@PathVariable String provider, @PathVariable String id) {
    return Map.of("server", switch (state.provider(provider).phase(id)) {
      case PENDING -> Map.of("id", id, "status", "BUILD");
      case ACTIVE -> Map.of("id", id, "status", "ACTIVE");
      case FAILED -> Map.of("id", id, "status", "ERROR",
          "fault", Map.of("code", 500, "message", SimulatorState.PROVISIONING_FAILURE));
    });
  }

  @GetMapping("/servers/{id}/usage")
  Map<String, Object> usage(@PathVariable String provider, @PathVariable String id) {
    SimulatorState.ProviderState simulated = state.provider(provider);
    return Map.of("usage", Map.of("server_id", id, "unit_hours", simulated.unitHours(id),
        "transferred_gb", simulated.transferredGb(id)));
  }
}
