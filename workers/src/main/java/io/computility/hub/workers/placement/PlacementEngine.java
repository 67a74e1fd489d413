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
 * <p>Thread-safe; one decision is one pass over the pools in blocks (the filters, then the scorers over each
 * block's survivors, each plugin called once per block), on reused primitive arrays rather than streams, so cost
 * grows linearly with the pools and allocation stays small.
 * Plugins must not call the engine re-entrantly.
 */
@Component
public class PlacementEngine {

  private final Map<String, PlacementFilter> filters = new LinkedHashMap<>();
  private final Map<String, PlacementScorer> scorers = new LinkedHashMap<>();
  private final PlacementFilter[] allFilters;
  private final LatencyMatrix latencyMatrix;

  /** Pools per block: small enough to stay in L1/L2 cache with their strings. */
  private static final int BLOCK = 256;
  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

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
    PlacementFilter[] activeFilters = activeFilters(context);
    ActiveScorers active = activeScorers(context);
    Scratch scratch = SCRATCH.get();
    scratch.reset(pools.size(), active.scorers.length);

    double[] min = new double[active.scorers.length];
    double[] max = new double[active.scorers.length];
    filterAndMeasure(context, activeFilters, active, pools, scratch, min, max);
    CandidatePool[] excludedPools = new CandidatePool[scratch.excludedCount];
    for (int e = 0; e < scratch.excludedCount; e++) {
      excludedPools[e] = pools.get(scratch.excluded[e]);
    }
    List<Exclusion> exclusions = new LazyExclusions(excludedPools, activeFilters,
        Arrays.copyOf(scratch.excludedBy, scratch.excludedCount), request, policy, latencyMatrix);

    List<Candidate> candidates = rank(context, active, pools, scratch, min, max);

    boolean auto = !candidates.isEmpty() && policy.autoSelect().allows(request, candidates.get(0).score());
    return new PlacementResult(request.demandId(), policy.name(), policy.version(), pools.size(),
        scratch.feasibleCount, candidates, exclusions, auto);
  }

  /**
   * Both phases, block by block. Phase one hands the block's survivors to one filter at a time
   * ({@link PlacementFilter#acceptsAll}, one plugin call per block, not per pool); survivors stay in pool order.
   * Phase two then measures the block's survivors while their pools are still in cache, so the pools are
   * read from memory once per decision: {@code raw[j * s + k]} is scorer k's measurement of feasible pool j, and
   * {@code min}/{@code max} collect each scorer's range.
   */
  private static void filterAndMeasure(PlacementContext context, PlacementFilter[] filters, ActiveScorers active,
      List<CandidatePool> pools, Scratch scratch, double[] min, double[] max) {
    int n = pools.size();
    int s = active.scorers.length;
    int[] feasible = scratch.feasible;
    double[] raw = scratch.raw;
    boolean[] accepted = scratch.accepted;
    double[] measured = scratch.measured;
    Arrays.fill(min, Double.POSITIVE_INFINITY);
    Arrays.fill(max, Double.NEGATIVE_INFINITY);
    int feasibleCount = 0;
    int excludedCount = 0;
    for (int base = 0; base < n; base += BLOCK) {
      int alive = 0;
      for (int i = base, end = Math.min(n, base + BLOCK); i < end; i++) {
        feasible[feasibleCount + alive++] = i;
      }
      for (int f = 0; f < filters.length && alive > 0; f++) {
        filters[f].acceptsAll(context, pools, feasible, feasibleCount, feasibleCount + alive, accepted);
        int kept = 0;
        for (int a = 0; a < alive; a++) {
          int i = feasible[feasibleCount + a];
          if (accepted[a]) {
            feasible[feasibleCount + kept++] = i;
          } else {
            scratch.excluded[excludedCount] = i;
            scratch.excludedBy[excludedCount++] = f;
          }
        }
        alive = kept;
      }
      for (int k = 0; k < s; k++) {
        active.scorers[k].measureAll(context, pools, feasible, feasibleCount, feasibleCount + alive, measured);
        double lo = min[k];
        double hi = max[k];
        for (int a = 0; a < alive; a++) {
          double v = measured[a];
          raw[(feasibleCount + a) * s + k] = v;
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
        min[k] = lo;
        max[k] = hi;
      }
      feasibleCount += alive;
    }
    scratch.feasibleCount = feasibleCount;
    scratch.excludedCount = excludedCount;
  }

  /** Normalises, weighs and keeps the request's limit of best pools, with their breakdowns. */
  private static List<Candidate> rank(PlacementContext context, ActiveScorers active, List<CandidatePool> pools,
      Scratch scratch, double[] min, double[] max) {
    int s = active.scorers.length;
    // normalise() with the divisions hoisted out of the loop: score = offset + slope * raw.
    double[] slope = new double[s];
    double[] offset = new double[s];
    for (int k = 0; k < s; k++) {
      double range = max[k] - min[k];
      if (!(range > 0)) {
        offset[k] = 100;
      } else if (active.higherIsBetter[k]) {
        slope[k] = 100 / range;
        offset[k] = -min[k] * slope[k];
      } else {
        slope[k] = -100 / range;
        offset[k] = max[k] * 100 / range;
      }
    }
    int feasibleCount = scratch.feasibleCount;
    double[] raw = scratch.raw;
    int[] topIndex = new int[Math.min(context.request().limit(), feasibleCount)];
    double[] topScore = new double[topIndex.length];
    int kept = 0;
    for (int j = 0; j < feasibleCount; j++) {
      double total = 0;
      int row = j * s;
      for (int k = 0; k < s; k++) {
        total += active.weights[k] * (offset[k] + slope[k] * raw[row + k]);
      }
      // Clamp away rounding residue of the hoisted form (e.g. -1e-14).
      total = active.weightSum > 0 ? Math.max(0, Math.min(100, total / active.weightSum)) : 0;
      kept = offer(topIndex, topScore, kept, j, total);
    }

    List<Candidate> candidates = new ArrayList<>(kept);
    for (int r = 0; r < kept; r++) {
      int j = topIndex[r];
      CandidatePool pool = pools.get(scratch.feasible[j]);
      List<ScoreDetail> breakdown = new ArrayList<>(s);
      for (int k = 0; k < s; k++) {
        double v = raw[j * s + k];
        breakdown.add(new ScoreDetail(active.scorers[k].name(), v,
            normalise(v, min[k], max[k], active.higherIsBetter[k]), active.weights[k]));
      }
      candidates.add(new Candidate(r + 1, pool, topScore[r], context.estimatedCostFen(pool),
          context.latencyMillis(pool), List.copyOf(breakdown)));
    }
    return List.copyOf(candidates);
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

  /** Keeps the best {@code topIndex.length} scores sorted, best first; on a tie the earlier pool stays ahead. */
  private static int offer(int[] topIndex, double[] topScore, int kept, int j, double score) {
    int capacity = topIndex.length;
    if (capacity == 0 || (kept == capacity && score <= topScore[kept - 1])) {
      return kept;
    }
    int pos = kept == capacity ? kept - 1 : kept;
    while (pos > 0 && score > topScore[pos - 1]) {
      topIndex[pos] = topIndex[pos - 1];
      topScore[pos] = topScore[pos - 1];
      pos--;
    }
    topIndex[pos] = j;
    topScore[pos] = score;
    return kept == capacity ? kept : kept + 1;
  }

  private PlacementFilter[] activeFilters(PlacementContext context) {
    List<String> enabled = context.policy().filters();
    for (String name : enabled) {
      if (!filters.containsKey(name)) {
        throw new IllegalArgumentException("Unknown placement filter " + name);
      }
    }
    List<PlacementFilter> active = new ArrayList<>(allFilters.length);
    for (PlacementFilter filter : allFilters) {
      if ((enabled.isEmpty() || enabled.contains(filter.name())) && filter.appliesTo(context)) {
        active.add(filter);
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
      if (weight > 0 && scorer.appliesTo(context)) {
        chosen[count] = scorer;
        weights[count++] = weight;
        sum += weight;
      }
    }
    boolean[] higherIsBetter = new boolean[count];
    for (int k = 0; k < count; k++) {
      higherIsBetter[k] = chosen[k].higherIsBetter();
    }
    return new ActiveScorers(Arrays.copyOf(chosen, count), Arrays.copyOf(weights, count), higherIsBetter, sum);
  }

  private record ActiveScorers(PlacementScorer[] scorers, double[] weights, boolean[] higherIsBetter,
      double weightSum) {
  }

  /**
   * Per-thread working arrays and counts of the current decision, grown on demand and reused: with 100,000 pools
   * a fresh set per decision would be megabytes of humongous allocations. Results never reference them.
   */
  private static final class Scratch {
    private int[] feasible = new int[0];
    private int[] excluded = new int[0];
    private int[] excludedBy = new int[0];
    private double[] raw = new double[0];
    private final boolean[] accepted = new boolean[BLOCK];
    private final double[] measured = new double[BLOCK];
    private int feasibleCount;
    private int excludedCount;

    void reset(int pools, int scorers) {
      if (feasible.length < pools) {
        feasible = new int[pools];
        excluded = new int[pools];
        excludedBy = new int[pools];
      }
      if (raw.length < pools * scorers) {
        raw = new double[pools * scorers];
      }
      feasibleCount = 0;
      excludedCount = 0;
    }
  }
}
