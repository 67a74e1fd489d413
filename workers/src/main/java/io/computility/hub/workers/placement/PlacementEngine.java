package io.computility.hub.workers.placement;

import io.computility.hub.workers.placement.PlacementResult.Candidate;
import io.computility.hub.workers.placement.PlacementResult.Exclusion;
import io.computility.hub.workers.placement.PlacementResult.ScoreDetail;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Two-phase placement (S-7.3 a), after the Kubernetes scheduling framework: every enabled {@link PlacementFilter}
 * decides feasibility, then every {@link PlacementScorer} with a positive weight measures the feasible pools; the
 * measurements are normalised to 0..100 per scorer and combined as a weighted mean. Plugins are discovered as
 * beans, so adding one needs no change here.
 *
 * <p>Thread-safe and stateless; one decision is a single pass over the pools plus one per active scorer over the
 * feasible ones, with primitive arrays rather than streams so that 10,000 pools stay well under a millisecond.
 */
@Component
public class PlacementEngine {

  private final Map<String, PlacementFilter> filters = new LinkedHashMap<>();
  private final Map<String, PlacementScorer> scorers = new LinkedHashMap<>();
  private final PlacementFilter[] allFilters;
  private final LatencyMatrix latencyMatrix;

  /**
   * @param filters the filters, in evaluation order (Spring sorts them by {@code @Order})
   * @param scorers the scorers
   * @param latencyMatrix latency estimates between regions
   */
  public PlacementEngine(List<PlacementFilter> filters, List<PlacementScorer> scorers, LatencyMatrix latencyMatrix) {
    for (PlacementFilter filter : filters) {
      if (this.filters.putIfAbsent(filter.name(), filter) != null) {
        throw new IllegalArgumentException("Two placement filters are named " + filter.name());
      }
    }
    for (PlacementScorer scorer : scorers) {
      if (this.scorers.putIfAbsent(scorer.name(), scorer) != null) {
        throw new IllegalArgumentException("Two placement scorers are named " + scorer.name());
      }
    }
    this.allFilters = filters.toArray(PlacementFilter[]::new);
    this.latencyMatrix = latencyMatrix;
  }

  /** An engine with the standard plugins, for use outside Spring (simulator, benchmarks, tests). */
  public static PlacementEngine standard(LatencyMatrix latencyMatrix) {
    return new PlacementEngine(
        List.of(new KindFilter(), new HealthFilter(), new CapacityFilter(), new AdmissionFilter(), new RegionFilter(),
            new BudgetFilter(), new LatencyFilter()),
        List.of(new PriceScorer(), new LatencyScorer(), new EnergyScorer(), new LoadBalanceScorer(),
            new ReliabilityScorer(), new RegionPreferenceScorer()),
        latencyMatrix);
  }

  /** Names of the registered filters, in evaluation order. */
  public Set<String> filterNames() {
    return Collections.unmodifiableSet(filters.keySet());
  }

  /** Names of the registered scorers. */
  public Set<String> scorerNames() {
    return Collections.unmodifiableSet(scorers.keySet());
  }

  /**
   * Places a demand.
   *
   * @param request the demand
   * @param policy the policy; its filter and scorer names must be registered
   * @param pools the pools to consider; a random-access list
   * @return ranked candidates with score breakdowns, and every excluded pool with its reason
   * @throws IllegalArgumentException when the policy names an unknown plugin
   */
  public PlacementResult place(PlacementRequest request, PlacementPolicy policy, List<CandidatePool> pools) {
    PlacementContext context = new PlacementContext(request, policy, latencyMatrix);
    PlacementFilter[] activeFilters = activeFilters(policy);
    int n = pools.size();
    int[] feasible = new int[n];
    int feasibleCount = 0;
    List<Exclusion> exclusions = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      CandidatePool pool = pools.get(i);
      Exclusion exclusion = null;
      for (PlacementFilter filter : activeFilters) {
        Rejection rejection = filter.test(context, pool);
        if (rejection != null) {
          exclusion = new Exclusion(pool, filter.name(), rejection);
          break;
        }
      }
      if (exclusion == null) {
        feasible[feasibleCount++] = i;
      } else {
        exclusions.add(exclusion);
      }
    }

    ActiveScorers active = activeScorers(context);
    int s = active.scorers.length;
    double[][] raw = new double[s][feasibleCount];
    double[] min = new double[s];
    double[] max = new double[s];
    for (int k = 0; k < s; k++) {
      PlacementScorer scorer = active.scorers[k];
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      double[] values = raw[k];
      for (int j = 0; j < feasibleCount; j++) {
        double v = scorer.measure(context, pools.get(feasible[j]));
        values[j] = v;
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
      min[k] = lo;
      max[k] = hi;
    }

    int limit = Math.min(request.limit(), feasibleCount);
    int[] topIndex = new int[limit];
    double[] topScore = new double[limit];
    int kept = 0;
    for (int j = 0; j < feasibleCount; j++) {
      double total = 0;
      for (int k = 0; k < s; k++) {
        total += active.weights[k] * normalise(raw[k][j], min[k], max[k], active.scorers[k].higherIsBetter());
      }
      total = active.weightSum > 0 ? total / active.weightSum : 0;
      kept = offer(topIndex, topScore, kept, j, total, pools, feasible);
    }

    List<Candidate> candidates = new ArrayList<>(kept);
    for (int r = 0; r < kept; r++) {
      int j = topIndex[r];
      CandidatePool pool = pools.get(feasible[j]);
      List<ScoreDetail> breakdown = new ArrayList<>(s);
      for (int k = 0; k < s; k++) {
        breakdown.add(new ScoreDetail(active.scorers[k].name(), raw[k][j],
            normalise(raw[k][j], min[k], max[k], active.scorers[k].higherIsBetter()), active.weights[k]));
      }
      candidates.add(new Candidate(r + 1, pool, topScore[r], context.estimatedCostFen(pool),
          context.latencyMillis(pool), List.copyOf(breakdown)));
    }
    boolean auto = !candidates.isEmpty() && policy.autoSelect().allows(request, candidates.get(0).score());
    return new PlacementResult(request.demandId(), policy.name(), policy.version(), n, feasibleCount,
        List.copyOf(candidates), Collections.unmodifiableList(exclusions), auto);
  }

  /** Min-max normalisation to 0..100 with the best value at 100; a scorer that cannot tell pools apart gives 100. */
  static double normalise(double value, double min, double max, boolean higherIsBetter) {
    double range = max - min;
    if (!(range > 0)) {
      return 100;
    }
    double share = higherIsBetter ? (value - min) / range : (max - value) / range;
    return 100 * share;
  }

  /** Keeps the best {@code topIndex.length} scores sorted, best first; ties go to the smaller pool id. */
  private static int offer(int[] topIndex, double[] topScore, int kept, int j, double score,
      List<CandidatePool> pools, int[] feasible) {
    int capacity = topIndex.length;
    if (capacity == 0) {
      return 0;
    }
    if (kept == capacity && !better(score, j, topScore[kept - 1], topIndex[kept - 1], pools, feasible)) {
      return kept;
    }
    int pos = kept == capacity ? kept - 1 : kept;
    while (pos > 0 && better(score, j, topScore[pos - 1], topIndex[pos - 1], pools, feasible)) {
      topIndex[pos] = topIndex[pos - 1];
      topScore[pos] = topScore[pos - 1];
      pos--;
    }
    topIndex[pos] = j;
    topScore[pos] = score;
    return kept == capacity ? kept : kept + 1;
  }

  private static boolean better(double score, int j, double otherScore, int other, List<CandidatePool> pools,
      int[] feasible) {
    if (score != otherScore) {
      return score > otherScore;
    }
    return pools.get(feasible[j]).poolId().compareTo(pools.get(feasible[other]).poolId()) < 0;
  }

  private PlacementFilter[] activeFilters(PlacementPolicy policy) {
    if (policy.filters().isEmpty()) {
      return allFilters;
    }
    List<PlacementFilter> active = new ArrayList<>();
    for (PlacementFilter filter : allFilters) {
      if (policy.filters().contains(filter.name())) {
        active.add(filter);
      }
    }
    for (String name : policy.filters()) {
      if (!filters.containsKey(name)) {
        throw new IllegalArgumentException("Unknown placement filter " + name);
      }
    }
    return active.toArray(PlacementFilter[]::new);
  }

  private ActiveScorers activeScorers(PlacementContext context) {
    PlacementPolicy policy = context.policy();
    for (String name : policy.weights().keySet()) {
      if (!scorers.containsKey(name)) {
        throw new IllegalArgumentException("Unknown placement scorer " + name);
      }
    }
    // Registration order, not the policy map's, so breakdowns read the same on every call.
    PlacementScorer[] chosen = new PlacementScorer[scorers.size()];
    double[] weights = new double[scorers.size()];
    int count = 0;
    double sum = 0;
    for (PlacementScorer scorer : scorers.values()) {
      double weight = scorer.weight(context, policy.weight(scorer.name()));
      if (weight > 0) {
        chosen[count] = scorer;
        weights[count++] = weight;
        sum += weight;
      }
    }
    return new ActiveScorers(Arrays.copyOf(chosen, count), Arrays.copyOf(weights, count), sum);
  }

  private record ActiveScorers(PlacementScorer[] scorers, double[] weights, double weightSum) {
  }
}
