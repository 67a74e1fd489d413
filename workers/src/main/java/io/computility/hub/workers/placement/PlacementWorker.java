package io.computility.hub.workers.placement;

import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.Worker;
import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.springframework.stereotype.Component;

/**
 * Topic {@code placement}: places the demand {@code demandId}, stores its candidates and returns the top ones.
 *
 * <p>Output variables: {@code topPoolId}, {@code topProviderId}, {@code topEstimatedCostFen},
 * {@code candidatePoolIds} (comma-separated, best first), {@code autoSelectAllowed}, {@code policyName},
 * {@code policyVersion}. BPMN errors: {@code NO_CANDIDATE} (nothing feasible), {@code DEMAND_NOT_FOUND}.
 * Placement is repeatable (candidates are replaced), so a retry is harmless.
 */
@Component
class PlacementWorker implements Worker {

  static final String TOPIC = "placement";

  private final PlacementService placement;

  PlacementWorker(PlacementService placement) {
    this.placement = placement;
  }

  @Override
  public String topic() {
    return TOPIC;
  }

  @Override
  public WorkResult work(WorkItem item) {
    String demandId = item.requiredString("demandId");
    PlacementResult result;
    try {
      result = placement.place(demandId);
    } catch (PlacementService.UnknownDemandException unknown) {
      return WorkResult.bpmnError("DEMAND_NOT_FOUND", unknown.getMessage());
    } catch (PlacementService.NotWiredException notWired) {
      // Retried with back-off, then an incident an operator sees: the deployment lacks a module.
      return WorkResult.failed(notWired.getMessage());
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put("policyName", result.policyName());
    variables.put("policyVersion", result.policyVersion());
    PlacementResult.Candidate top = result.top();
    if (top == null) {
      return WorkResult.bpmnError("NO_CANDIDATE",
          "No pool passes the filters (" + result.exclusions().size() + " excluded)", variables);
    }
    StringJoiner ids = new StringJoiner(",");
    result.candidates().forEach(c -> ids.add(c.pool().poolId()));
    variables.put("topPoolId", top.pool().poolId());
    variables.put("topProviderId", top.pool().providerId());
    variables.put("topEstimatedCostFen", top.estimatedCostFen());
    variables.put("candidatePoolIds", ids.toString());
    variables.put("autoSelectAllowed", result.autoSelectAllowed());
    return WorkResult.complete(variables);
  }
}
