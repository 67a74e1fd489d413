package io.computility.hub.camel.simulator;

import io.computility.hub.camel.resource.ResourceKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
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
import org.springframework.web.server.ResponseStatusException;

/**
 * A simulated provider's monthly usage statement, as providers send them for reconciliation: one line per
 * allocation held in the month (Beijing time), held now or released since, with the unit-hours it used in the
 * month in the meter of the pool's kind. A skew (a fault to seed a difference, set with {@code POST
 * …/usage-statement/_skew}) is added to one allocation's line.
 */
@RestController
@ConditionalOnProperty(name = "hub.camel.simulator.enabled", havingValue = "true")
@RequestMapping("/simulator/{provider}/usage-statement")
class SimulatedUsageStatementController {

  /** Providers in China count their months in Beijing time. */
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

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
    YearMonth month = parse(period);
    Instant from = month.atDay(1).atStartOfDay(ZONE).toInstant();
    Instant to = month.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant();
    List<Map<String, Object>> lines = new ArrayList<>();
    simulated.tenancies().stream().sorted(Comparator.comparing(tenancy -> tenancy.allocation().id()))
        .forEach(tenancy -> {
          SimulatorState.Held held = tenancy.allocation();
          if (tenancy.heldWithin(from, to)) {
            BigDecimal used = simulated.unitHoursWithin(tenancy, from, to);
            lines.add(Map.of("allocationId", held.id(), "meter", meter(held.kind()),
                "quantity", used.add(skews.getOrDefault(provider + "/" + held.id(), BigDecimal.ZERO))));
          }
        });
    return Map.of("provider", provider, "period", period, "lines", lines);
  }

  @PostMapping("/_skew")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void skew(@PathVariable String provider, @RequestBody Skew skew) {
    state.provider(provider).known(skew.allocationId());
    skews.put(provider + "/" + skew.allocationId(), skew.delta());
  }

  private static YearMonth parse(String period) {
    try {
      return YearMonth.parse(period);
    } catch (DateTimeParseException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "period must be yyyy-MM, not " + period);
    }
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
