package io.computility.hub.workers.placement;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.hub.workers.placement.PlacementResult.Candidate;
import io.computility.hub.workers.placement.PlacementResult.Exclusion;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Property-style checks over random pools, demands and policies (seeded, so a failure reproduces). */
class PlacementPropertyTest {

  private static final String[] REGIONS = {"110000", "310000", "440000", "440300", "520000", "150000", "620000",
      "510000", "330000", "990000"};
  private static final List<PlacementFilter> FILTERS = List.of(new KindFilter(), new HealthFilter(),
      new CapacityFilter(), new AdmissionFilter(), new RegionFilter(), new BudgetFilter(), new LatencyFilter());

  private final PlacementEngine engine = PlacementEngine.standard(new GeoLatencyMatrix());

  @Test
  void aPoolExcludedByAnyFilterNeverAppearsInTheResult() {
    Random random = new Random(20261127L);
    for (int round = 0; round < 500; round++) {
      // Mostly small sets, some spanning several of the engine's blocks.
      int size = round % 10 == 0 ? 300 + random.nextInt(600) : 1 + random.nextInt(60);
      List<CandidatePool> pools = randomPools(random, size);
      PlacementRequest request = randomRequest(random);
      PlacementPolicy policy = randomPolicy(random);
      PlacementContext context = new PlacementContext(request, policy, new GeoLatencyMatrix());

      PlacementResult result = engine.place(request, policy, pools);

      Set<String> excluded = new HashSet<>();
      for (Exclusion exclusion : result.exclusions()) {
        excluded.add(exclusion.pool().poolId());
        assertThat(exclusion.reason()).isNotNull();
        assertThat(exclusion.reason().messageKey()).startsWith("placement.filter." + exclusion.filter());
      }
      for (Candidate candidate : result.candidates()) {
        assertThat(excluded).doesNotContain(candidate.pool().poolId());
        for (PlacementFilter filter : FILTERS) {
          if (policy.filters().isEmpty() || policy.filters().contains(filter.name())) {
            assertThat(filter.accepts(context, candidate.pool())).as("round %d, %s", round, filter.name()).isTrue();
          }
        }
      }
      for (CandidatePool pool : pools) {
        boolean rejectedBySome = false;
        for (PlacementFilter filter : FILTERS) {
          if ((policy.filters().isEmpty() || policy.filters().contains(filter.name()))
              && !filter.accepts(context, pool)) {
            rejectedBySome = true;
          }
        }
        assertThat(excluded.contains(pool.poolId())).as("round %d, pool %s", round, pool.poolId())
            .isEqualTo(rejectedBySome);
      }
      for (PlacementFilter filter : FILTERS) {
        if (!filter.appliesTo(context)) {
          assertThat(pools).as("%s skipped yet rejecting", filter.name())
              .allMatch(pool -> filter.accepts(context, pool));
        }
      }
      assertThat(result.feasible() + result.exclusions().size()).isEqualTo(pools.size());
      assertThat(result.candidates()).hasSize(Math.min(request.limit(), result.feasible()));
      for (int i = 1; i < result.candidates().size(); i++) {
        assertThat(result.candidates().get(i).score()).isLessThanOrEqualTo(result.candidates().get(i - 1).score());
      }
      for (Candidate candidate : result.candidates()) {
        assertThat(candidate.score()).isBetween(0.0, 100.0 + 1e-9);
      }
    }
  }

  private static List<CandidatePool> randomPools(Random random, int count) {
    List<CandidatePool> pools = new ArrayList<>();
    ResourceKind[] kinds = {ResourceKind.INTELLIGENT_GPU, ResourceKind.GENERAL_CPU};
    for (int i = 0; i < count; i++) {
      long total = 1 + random.nextInt(64);
      pools.add(new CandidatePool("p" + i, "prov" + random.nextInt(5), REGIONS[random.nextInt(REGIONS.length)], "z",
          kinds[random.nextInt(kinds.length)], "GPU", total, random.nextInt((int) total + 1),
          100 + random.nextInt(3000), 1.1 + random.nextDouble() * 0.5, random.nextDouble(),
          PoolHealth.values()[random.nextInt(3)], ServiceLevel.values()[random.nextInt(3)], random.nextDouble(),
          Set.of()));
    }
    return pools;
  }

  private static PlacementRequest randomRequest(Random random) {
    Set<String> allowed = random.nextInt(3) == 0 ? Set.of(REGIONS[random.nextInt(REGIONS.length)]) : Set.of();
    String user = random.nextBoolean() ? REGIONS[random.nextInt(REGIONS.length)] : null;
    return new PlacementRequest("d", null, null,
        random.nextBoolean() ? ResourceKind.INTELLIGENT_GPU : ResourceKind.GENERAL_CPU, 1 + random.nextInt(16),
        allowed, Set.of(REGIONS[random.nextInt(REGIONS.length)]), user,
        random.nextBoolean() ? 0 : 5 + random.nextInt(40),
        null, 10 + random.nextInt(600), random.nextBoolean() ? 0 : random.nextInt(200_000),
        ServiceLevel.values()[random.nextInt(3)], random.nextBoolean(), random.nextBoolean(), 1 + random.nextInt(10));
  }

  private static PlacementPolicy randomPolicy(Random random) {
    List<String> filters = new ArrayList<>();
    if (random.nextBoolean()) {
      for (PlacementFilter filter : FILTERS) {
        if (random.nextBoolean()) {
          filters.add(filter.name());
        }
      }
    }
    Map<String, Double> weights = Map.of("price", (double) random.nextInt(4), "latency", (double) random.nextInt(4),
        "energy", (double) random.nextInt(4), "balance", (double) random.nextInt(4),
        "reliability", (double) random.nextInt(4), "preference", (double) random.nextInt(4));
    Map<String, Double> parameters = random.nextBoolean() ? Map.of(HealthFilter.ALLOW_DEGRADED, 1.0) : Map.of();
    return new PlacementPolicy("random", 1, null, null, filters, weights, parameters, null);
  }
}
