package io.computility.hub.workers.simulation;

import io.computility.hub.workers.placement.PlacementPolicy;
import io.computility.hub.workers.placement.policy.PlacementPolicies;
import io.computility.hub.workers.placement.policy.PolicyProblem;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Runs policy simulations on request (S-7.3 b); synchronous, as the sample runs in seconds. */
@RestController
@RequestMapping("/api/v1/scheduling/simulations")
class SimulationController {

  private final PolicySimulator simulator;
  private final PlacementPolicies policies;

  SimulationController(PolicySimulator simulator, PlacementPolicies policies) {
    this.simulator = simulator;
    this.policies = policies;
  }

  @PostMapping
  SimulationReport simulate(@Valid @RequestBody SimulationRequest request) {
    List<PlacementPolicy> chosen = new ArrayList<>();
    for (int i = 0; i < request.policies().size(); i++) {
      chosen.add(policy(request.policies().get(i), i));
    }
    return simulator.run(request.trace() == null ? TraceFiles.sampleTrace() : request.trace(),
        request.pools() == null ? TraceFiles.samplePools() : request.pools(), chosen);
  }

  private PlacementPolicy policy(String name, int index) {
    PlacementPolicy preset = PolicyPresets.all().get(name);
    if (preset != null) {
      return preset;
    }
    try {
      return policies.get(name).toPolicy();
    } catch (PolicyProblem.NotFound unknown) {
      throw new PolicyProblem.Invalid("policies[" + index + "]", name);
    }
  }
}
