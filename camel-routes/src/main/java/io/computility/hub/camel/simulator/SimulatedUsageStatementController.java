package io.computility.hub.camel.simulator;

import io.computility.hub.camel.resource.ResourceKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A simulated provider's monthly usage statement, as providers send them for reconciliation: one line per
 * allocation it holds, the unit-hours used so far in the meter of the pool's kind. A skew (a fault to seed a
 * difference, set with {@code POST …/usage-statement/_skew}) is added to one allocation's line.
 */
@RestController
@ConditionalOnProperty(name = "hub.camel.simulator.enabled", havingValue = "true")
@RequestMapping("/simulator/{provider}/usage-statement")
class SimulatedUsageStatementController {

  private final SimulatorState state;
  private final Map<String, BigDecimal> skews = new ConcurrentHashMap<>();

  SimulatedUsageStatementController(SimulatorState state) {
    this.state = state;
  }

  /** A skew seeded on one allocation's line. */
  record Skew(String allocationId, BigDecimal delta) {
  }

  @GetMapping
  Map<String, Object> statement(@PathVariable String provider, @RequestParam String period) {
    SimulatorState.ProviderState simulated = state.provider(provider);
    List<Map<String, Object>> lines = new ArrayList<>();
    simulated.allocations().stream().sorted(Comparator.comparing(SimulatorState.Held::id)).forEach(held -> {
      BigDecimal quantity = simulated.unitHours(held.id())
          .add(skews.getOrDefault(provider + "/" + held.id(), BigDecimal.ZERO));
      lines.add(Map.of("allocationId", held.id(), "meter", meter(held.kind()),
          "quantity", quantity));
    });
    return Map.of("provider", provider, "period", period, "lines", lines);
  }

  @PostMapping("/_skew")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void skew(@PathVariable String provider, @RequestBody Skew skew) {
    state.provider(provider).held(skew.allocationId());
    skews.put(provider + "/" + skew.allocationId(), skew.delta());
  }

  /** The hub's meter for unit-hours of a pool's kind. */
  private static String meter(ResourceKind kind) {
    return switch (kind) {
      case INTELLIGENT -> "GPU_HOURS";
      case SUPERCOMPUTING -> "HPC_CORE_HOURS";
      case QUANTUM -> "QPU_HOURS";
      case NETWORK -> "BANDWIDTH_GBPS_HOURS";
      case GENERAL, STORAGE -> "CORE_HOURS";
    };
  }
}
