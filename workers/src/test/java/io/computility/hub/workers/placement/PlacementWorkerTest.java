package io.computility.hub.workers.placement;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlacementWorkerTest {

  private final Map<String, PlacementRequest> demands = new HashMap<>();
  private final Map<String, PlacementResult> written = new HashMap<>();
  private final List<CandidatePool> pools = List.of(
      TestPools.with(TestPools.gpu("dear"), "110000", 100, 2000),
      TestPools.with(TestPools.gpu("cheap"), "520000", 100, 900),
      TestPools.with(TestPools.gpu("full"), "110000", 0, 100));
  private final PlacementWorker worker = new PlacementWorker(new PlacementService(
      id -> Optional.ofNullable(demands.get(id)), kind -> pools,
      (tenant, type) -> new PlacementPolicy("cost", 4, null, null, List.of(), Map.of("price", 1.0), Map.of(), null),
      PlacementEngine.standard(new GeoLatencyMatrix()), written::put));

  private static WorkItem task(String demandId) {
    return new WorkItem("t1", "p1", demandId, "placeDemand", 3, Map.of("demandId", demandId));
  }

  @Test
  void placesTheDemandStoresCandidatesAndReturnsTheTopOnes() {
    demands.put("d1", TestPools.demand(4).autoSelect().build());

    WorkResult result = worker.work(task("d1"));

    assertThat(worker.topic()).isEqualTo("placement");
    assertThat(result).isInstanceOf(WorkResult.Completed.class);
    Map<String, Object> variables = ((WorkResult.Completed) result).variables();
    assertThat(variables).containsEntry("topPoolId", "cheap").containsEntry("candidatePoolIds", "cheap,dear")
        .containsEntry("autoSelectAllowed", true).containsEntry("policyName", "cost")
        .containsEntry("policyVersion", 4).containsEntry("topEstimatedCostFen", 3600L);
    assertThat(written.get("d1").exclusions()).extracting(PlacementResult.Exclusion::filter)
        .containsExactly("capacity");
  }

  @Test
  void reportsBusinessOutcomesAsBpmnErrors() {
    demands.put("huge", TestPools.demand(1000).build());
    assertThat(worker.work(task("huge"))).isInstanceOfSatisfying(WorkResult.BpmnError.class,
        error -> assertThat(error.code()).isEqualTo("NO_CANDIDATE"));
    assertThat(worker.work(task("nobody"))).isInstanceOfSatisfying(WorkResult.BpmnError.class,
        error -> assertThat(error.code()).isEqualTo("DEMAND_NOT_FOUND"));
  }
}
