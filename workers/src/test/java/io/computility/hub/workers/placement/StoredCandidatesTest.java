package io.computility.hub.workers.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PlacementSpringTest
class StoredCandidatesTest {

  @Autowired
  StoredCandidates candidates;

  @Test
  void placingAgainReplacesTheCandidates() {
    String demand = "d-" + UUID.randomUUID();
    PlacementEngine engine = PlacementEngine.standard(new GeoLatencyMatrix());
    List<CandidatePool> pools = List.of(TestPools.gpu("a"), TestPools.with(TestPools.gpu("b"), "520000", 100, 700));

    candidates.write(demand, engine.place(TestPools.demand(2).build(), PlacementPolicy.balanced(), pools));
    candidates.write(demand, engine.place(TestPools.demand(2).build(), PlacementPolicy.balanced(), pools));

    List<StoredCandidate> rows = candidates.find(demand);
    assertThat(rows).extracting(StoredCandidate::rankNo).containsExactly(1, 2);
    assertThat(rows.get(0).poolId()).isEqualTo("b");
    assertThat(rows.get(0).currency()).isEqualTo("CNY");
    assertThat(rows.get(0).breakdown()).contains("price=100.0*1.00");
    assertThat(rows.get(0).policyName()).isEqualTo("balanced");
  }
}
