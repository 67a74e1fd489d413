package io.computility.hub.camel.simulator;

import io.computility.hub.camel.simulator.SimulatedProvider.Pool;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Simulated Slurm-REST-like supercomputing proxies (the dialect of the supercomputing adapter). */
@RestController
@RequestMapping("/simulator/{provider}/slurm/v0.0.40")
@ConditionalOnProperty(name = "hub.camel.simulator.enabled", havingValue = "true")
class SimulatedSupercomputingController {

  private final SimulatorState state;

  SimulatedSupercomputingController(SimulatorState state) {
    this.state = state;
  }

  @GetMapping("/partitions")
  Map<String, Object> partitions(@PathVariable String provider) {
    SimulatorState.ProviderState simulated = state.provider(provider);
    return Map.of("partitions", simulated.definition().pools().stream().map(pool -> Map.of(
        "name", pool.id(), "node_spec", pool.spec(), "kind", pool.kind(), "zone", pool.zone(),
        "nodes", Map.of("total", pool.units(), "idle", simulated.free(pool)),
        "price_fen_per_node_hour", pool.priceFen(), "currency", "CNY")).toList());
  }

  /** Request body of a job submission. */
  record Submission(Job job) {
    record Job(String name, String partition, int nodes, String script) {
    }
  }

  @PostMapping("/job/submit")
  Map<String, Object> submit(@PathVariable String provider, @RequestBody Submission submission) {
    SimulatorState.ProviderState simulated = state.provider(provider);
    Pool partition = simulated.pool(pool -> pool.id().equals(submission.job().partition()));
    SimulatorState.Held job = simulated.allocate(partition, submission.job().nodes(), "");
    return Map.of("job_id", Long.parseLong(job.id()), "step_id", "batch");
  }

  @DeleteMapping("/job/{id}")
  Map<String, Object> cancel(@PathVariable String provider, @PathVariable String id) {
    state.provider(provider).release(id);
    return Map.of("errors", List.of());
  }

  /** A job waits in the queue for the provisioning delay ("Resources"), then runs, or fails to boot its nodes. */
  @GetMapping("/job/{id}")
  Map<String, Object> job(@PathVariable String provider, @PathVariable String id) {
    SimulatorState.ProviderState simulated = state.provider(provider);
    SimulatorState.Phase phase = simulated.phase(id);
    String jobState = switch (phase) {
      case PENDING -> "PENDING";
      case ACTIVE -> "RUNNING";
      case FAILED -> "BOOT_FAIL";
    };
    String reason = switch (phase) {
      case PENDING -> "Resources";
      case ACTIVE -> "None";
      case FAILED -> SimulatorState.PROVISIONING_FAILURE;
    };
    return Map.of("jobs", List.of(Map.of("job_id", Long.parseLong(id), "job_state", jobState,
        "state_reason", reason, "node_count", simulated.held(id).units(),
        "time", Map.of("elapsed", simulated.activeFor(id).toSeconds()))));
  }
}
