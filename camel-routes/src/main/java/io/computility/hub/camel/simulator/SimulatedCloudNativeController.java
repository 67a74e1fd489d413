package io.computility.hub.camel.simulator;

import io.computility.hub.camel.simulator.SimulatedProvider.Pool;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Simulated Kubernetes-like container platforms (the dialect of the cloud-native adapter): nodes of eight
 * accelerators each; a namespace is created first and its resource quota takes the units.
 */
@RestController
@ConditionalOnProperty(name = "hub.camel.simulator.enabled", havingValue = "true")
class SimulatedCloudNativeController {

  private static final int UNITS_PER_NODE = 8;
  private static final String LABEL = "computility.hub/";

  private final SimulatorState state;
  private final Map<String, Boolean> namespaces = new ConcurrentHashMap<>();

  SimulatedCloudNativeController(SimulatorState state) {
    this.state = state;
  }

  @GetMapping("/simulator/{provider}/api/v1/nodes")
  Map<String, Object> nodes(@PathVariable String provider, @RequestParam(defaultValue = "50") int limit,
      @RequestParam(name = "continue", required = false) String token) {
    SimulatorState.ProviderState simulated = state.provider(provider);
    List<Map<String, Object>> all = new ArrayList<>();
    for (Pool pool : simulated.definition().pools()) {
      int free = simulated.free(pool);
      for (int node = 0; node * UNITS_PER_NODE < pool.units(); node++) {
        int capacity = Math.min(UNITS_PER_NODE, pool.units() - node * UNITS_PER_NODE);
        int allocatable = Math.max(0, Math.min(capacity, free - node * UNITS_PER_NODE));
        all.add(Map.of(
            "metadata", Map.of("name", slug(pool.spec()) + "-" + node, "labels", Map.of(
                LABEL + "spec", pool.spec(), LABEL + "unit-resource", pool.id(), LABEL + "kind", pool.kind(),
                LABEL + "price-fen-per-hour", String.valueOf(pool.priceFen()), LABEL + "currency", "CNY",
                "topology.kubernetes.io/zone", pool.zone())),
            "status", Map.of("capacity", Map.of(pool.id(), String.valueOf(capacity)),
                "allocatable", Map.of(pool.id(), String.valueOf(allocatable)))));
      }
    }
    int from = token == null ? 0 : Integer.parseInt(token);
    int to = Math.min(all.size(), from + limit);
    return Map.of("kind", "NodeList", "items", all.subList(from, to),
        "metadata", Map.of("continue", to < all.size() ? String.valueOf(to) : ""));
  }

  /** A namespace or quota; only the fields the simulator reads. */
  record Resource(Map<String, Object> metadata, Map<String, Map<String, Integer>> spec) {
  }

  @PostMapping("/simulator/{provider}/api/v1/namespaces")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> namespace(@PathVariable String provider, @RequestBody Resource namespace) {
    state.provider(provider);
    String name = String.valueOf(namespace.metadata().get("name"));
    if (namespaces.putIfAbsent(provider + "/" + name, Boolean.TRUE) != null) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "Namespace " + name + " already exists");
    }
    return Map.of("metadata", Map.of("name", name), "status", Map.of("phase", "Active"));
  }

  @PostMapping("/simulator/{provider}/api/v1/namespaces/{namespace}/resourcequotas")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> quota(@PathVariable String provider, @PathVariable String namespace,
      @RequestBody Resource quota) {
    SimulatorState.ProviderState simulated = state.provider(provider);
    if (!namespaces.containsKey(provider + "/" + namespace)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No namespace " + namespace);
    }
    Map.Entry<String, Integer> hard = quota.spec().get("hard").entrySet().iterator().next();
    String poolSlug = hard.getKey().substring((LABEL + "pool/").length());
    Pool pool = simulated.pool(candidate -> slug(candidate.spec()).equals(poolSlug));
    simulated.allocateNamed(namespace, pool, hard.getValue());
    return Map.of("metadata", Map.of("name", "hub-quota", "namespace", namespace), "spec", quota.spec());
  }

  @DeleteMapping("/simulator/{provider}/api/v1/namespaces/{namespace}")
  Map<String, Object> delete(@PathVariable String provider, @PathVariable String namespace) {
    state.provider(provider).release(namespace);
    namespaces.remove(provider + "/" + namespace);
    return Map.of("metadata", Map.of("name", namespace), "status", Map.of("phase", "Terminating"));
  }

  @GetMapping("/simulator/{provider}/api/v1/namespaces/{namespace}")
  Map<String, Object> namespace(@PathVariable String provider, @PathVariable String namespace) {
    state.provider(provider);
    if (!namespaces.containsKey(provider + "/" + namespace)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No namespace " + namespace);
    }
    return Map.of("metadata", Map.of("name", namespace), "status", Map.of("phase", "Active"));
  }

  @GetMapping("/simulator/{provider}/apis/metrics.computility.hub/v1/namespaces/{namespace}/usage")
  Map<String, Object> usage(@PathVariable String provider, @PathVariable String namespace) {
    SimulatorState.ProviderState simulated = state.provider(provider);
    return Map.of("namespace", namespace, "unitHours", simulated.unitHours(namespace),
        "transferredGb", simulated.transferredGb(namespace));
  }

  private static String slug(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
  }
}
