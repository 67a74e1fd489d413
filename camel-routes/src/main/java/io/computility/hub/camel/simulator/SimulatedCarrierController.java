package io.computility.hub.camel.simulator;

import io.computility.hub.camel.simulator.SimulatedProvider.Pool;
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

/** Simulated carrier APIs (the dialect of the network adapter). */
@RestController
@RequestMapping("/simulator/{provider}/carrier/v1")
@ConditionalOnProperty(name = "hub.camel.simulator.enabled", havingValue = "true")
class SimulatedCarrierController {

  private final SimulatorState state;

  SimulatedCarrierController(SimulatorState state) {
    this.state = state;
  }

  @GetMapping("/offers")
  Map<String, Object> offers(@PathVariable String provider, @RequestParam(defaultValue = "0") int offset,
      @RequestParam(defaultValue = "50") int limit) {
    SimulatorState.ProviderState simulated = state.provider(provider);
    List<Pool> pools = simulated.definition().pools();
    int from = Math.min(offset, pools.size());
    return Map.of("total", pools.size(), "offers", pools.subList(from, Math.min(pools.size(), from + limit)).stream()
        .map(pool -> Map.of("id", pool.id(), "a_end", pool.zone().split("-")[0], "z_end", pool.zone().split("-")[1],
            "spec", pool.spec(), "circuits_total", pool.units(), "circuits_free", simulated.free(pool),
            "price_fen_per_hour", pool.priceFen(), "currency", "CNY"))
        .toList());
  }

  @GetMapping("/latency-matrix")
  Map<String, Object> matrix(@PathVariable String provider) {
    return Map.of("matrix", state.provider(provider).definition().links().stream().map(link -> Map.of(
        "a", link.a(), "z", link.z(), "rtt_ms", link.rttMs(), "bandwidth_gbps", link.bandwidthGbps())).toList());
  }

  /** Request body of a connection order. */
  record ConnectionOrder(String offer_id, int circuits, String customer_ref) {
  }

  @PostMapping("/connections")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> connect(@PathVariable String provider, @RequestBody ConnectionOrder order) {
    SimulatorState.ProviderState simulated = state.provider(provider);
    Pool offer = simulated.pool(pool -> pool.id().equals(order.offer_id()));
    return Map.of("connection_id", simulated.allocate(offer, order.circuits(), "cx-").id(), "state",
        "PROVISIONING");
  }

  @GetMapping("/connections/{id}")
  Map<String, Object> connection(@PathVariable String provider, @PathVariable String id) {
    return switch (state.provider(provider).phase(id)) {
      case PENDING -> Map.of("connection_id", id, "state", "PROVISIONING");
      case ACTIVE -> Map.of("connection_id", id, "state", "ACTIVE");
      case FAILED -> Map.of("connection_id", id, "state", "FAILED", "reason", SimulatorState.PROVISIONING_FAILURE);
    };
  }

  @DeleteMapping("/connections/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void disconnect(@PathVariable String provider, @PathVariable String id) {
    state.provider(provider).release(id);
  }

  @GetMapping("/connections/{id}/usage")
  Map<String, Object> usage(@PathVariable String provider, @PathVariable String id) {
    SimulatorState.ProviderState simulated = state.provider(provider);
    return Map.of("connection_id", id, "circuit_hours", simulated.unitHours(id),
        "transferred_gb", simulated.transferredGb(id));
  }
}
