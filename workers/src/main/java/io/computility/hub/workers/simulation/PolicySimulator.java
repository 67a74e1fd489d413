package io.computility.hub.workers.simulation;

import io.computility.hub.workers.placement.CandidatePool;
import io.computility.hub.workers.placement.LatencyMatrix;
import io.computility.hub.workers.placement.PlacementEngine;
import io.computility.hub.workers.placement.PlacementPolicy;
import io.computility.hub.workers.placement.PlacementResult;
import io.computility.hub.workers.placement.RegionCodes;
import io.computility.hub.workers.placement.ResourceKind;
import io.computility.hub.workers.simulation.SimulationReport.PolicyOutcome;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Replays a demand trace against a pool snapshot under several policies, in simulated time: a discrete-event
 * loop where arrivals are placed with the real engine (top candidate taken) and departures give capacity back.
 * Placement latency is the wall time of each engine call; everything else is simulated.
 */
@Component
public class PolicySimulator {

  /** Rough IT power per unit-hour by kind, in watts, to weigh energy across kinds. */
  private static final Map<ResourceKind, Double> UNIT_WATTS = new EnumMap<>(Map.of(
      ResourceKind.INTELLIGENT_GPU, 400.0, ResourceKind.GENERAL_CPU, 10.0, ResourceKind.SUPERCOMPUTING, 800.0,
      ResourceKind.QUANTUM, 25_000.0, ResourceKind.STORAGE, 8.0, ResourceKind.NETWORK, 2.0));

  private final PlacementEngine engine;

  public PolicySimulator(PlacementEngine engine) {
    this.engine = engine;
  }

  /** Simulates every policy on the same trace and snapshot; the snapshot is not modified. */
  public SimulationReport run(List<DemandEvent> trace, List<CandidatePool> snapshot, List<PlacementPolicy> policies) {
    List<DemandEvent> ordered = new ArrayList<>(trace);
    ordered.sort(Comparator.comparingLong(DemandEvent::arrivalMinute));
    long horizon = ordered.isEmpty() ? 0 : Math.max(1, ordered.get(ordered.size() - 1).arrivalMinute());
    List<PolicyOutcome> outcomes = new ArrayList<>();
    for (PlacementPolicy policy : policies) {
      outcomes.add(simulate(ordered, snapshot, policy, horizon));
    }
    return new SimulationReport(trace.size(), snapshot.size(), horizon, List.copyOf(outcomes));
  }

  private record Departure(long minute, int pool, long units) {
  }

  private PolicyOutcome simulate(List<DemandEvent> trace, List<CandidatePool> snapshot, PlacementPolicy policy,
      long horizon) {
    List<CandidatePool> pools = new ArrayList<>(snapshot);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < pools.size(); i++) {
      index.put(pools.get(i).poolId(), i);
    }
    double[] usedUnitMinutes = new double[pools.size()];
    PriorityQueue<Departure> departures = new PriorityQueue<>(Comparator.comparingLong(Departure::minute));
    long[] decisionNanos = new long[trace.size()];
    Map<String, Integer> acceptedByRegion = new TreeMap<>();
    Map<String, Integer> rejectionsByFilter = new TreeMap<>();
    int accepted = 0;
    long cost = 0;
    double latencySum = 0;
    int latencyCount = 0;
    double energy = 0;
    double greenEnergy = 0;

    for (int d = 0; d < trace.size(); d++) {
      DemandEvent demand = trace.get(d);
      while (!departures.isEmpty() && departures.peek().minute() <= demand.arrivalMinute()) {
        Departure done = departures.poll();
        CandidatePool pool = pools.get(done.pool());
        pools.set(done.pool(), pool.withRemaining(pool.remainingUnits() + done.units()));
      }
      long start = System.nanoTime();
      PlacementResult result = engine.place(demand.toRequest("sim-" + d), policy, pools);
      decisionNanos[d] = System.nanoTime() - start;

      PlacementResult.Candidate top = result.top();
      if (top == null) {
        rejectionsByFilter.merge(dominantFilter(result), 1, Integer::sum);
        continue;
      }
      accepted++;
      int p = index.get(top.pool().poolId());
      CandidatePool pool = pools.get(p);
      pools.set(p, pool.withRemaining(pool.remainingUnits() - demand.quantity()));
      departures.add(new Departure(demand.arrivalMinute() + demand.durationMinutes(), p, demand.quantity()));
      long minutesInHorizon = Math.max(0, Math.min(demand.durationMinutes(), horizon - demand.arrivalMinute()));
      usedUnitMinutes[p] += (double) demand.quantity() * minutesInHorizon;
      acceptedByRegion.merge(RegionCodes.province(pool.regionCode()), 1, Integer::sum);
      cost += top.estimatedCostFen();
      if (top.latencyMillis() != LatencyMatrix.UNKNOWN) {
        latencySum += top.latencyMillis();
        latencyCount++;
      }
      double kwh = UNIT_WATTS.getOrDefault(demand.kind(), 0.0) / 1000 * demand.quantity() * minutesInHorizon / 60
          * pool.pue();
      energy += kwh;
      greenEnergy += kwh * pool.greenShare();
    }

    int n = trace.size();
    Arrays.sort(decisionNanos);
    double meanMicros = n == 0 ? 0 : Arrays.stream(decisionNanos).average().orElse(0) / 1000;
    double p95Micros = n == 0 ? 0 : decisionNanos[Math.min(n - 1, (int) Math.ceil(0.95 * n) - 1)] / 1000.0;
    return new PolicyOutcome(policy.name(), policy.version(), accepted, n == 0 ? 0 : (double) accepted / n,
        meanMicros, p95Micros, utilisationByRegion(snapshot, usedUnitMinutes, horizon), acceptedByRegion, cost,
        latencyCount == 0 ? 0 : latencySum / latencyCount, energy == 0 ? 0 : greenEnergy / energy, energy,
        providerFairness(snapshot, usedUnitMinutes, horizon), rejectionsByFilter);
  }

  private static String dominantFilter(PlacementResult result) {
    Map<String, Integer> counts = new HashMap<>();
    for (PlacementResult.Exclusion exclusion : result.exclusions()) {
      if (!"kind".equals(exclusion.filter())) {
        counts.merge(exclusion.filter(), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse("none");
  }

  private static Map<String, Double> utilisationByRegion(List<CandidatePool> pools, double[] used, long horizon) {
    Map<String, double[]> sums = new TreeMap<>();
    for (int i = 0; i < pools.size(); i++) {
      CandidatePool pool = pools.get(i);
      double[] sum = sums.computeIfAbsent(RegionCodes.province(pool.regionCode()), r -> new double[2]);
      sum[0] += utilisation(pool, used[i], horizon);
      sum[1]++;
    }
    Map<String, Double> result = new TreeMap<>();
    sums.forEach((region, sum) -> result.put(region, sum[0] / sum[1]));
    return result;
  }

  /** Jain's fairness index over each provider's utilisation of its own capacity. */
  private static double providerFairness(List<CandidatePool> pools, double[] used, long horizon) {
    Map<String, double[]> byProvider = new HashMap<>();
    for (int i = 0; i < pools.size(); i++) {
      CandidatePool pool = pools.get(i);
      double[] sum = byProvider.computeIfAbsent(pool.providerId(), p -> new double[2]);
      sum[0] += utilisation(pool, used[i], horizon);
      sum[1]++;
    }
    double total = 0;
    double squares = 0;
    for (double[] sum : byProvider.values()) {
      double x = sum[0] / sum[1];
      total += x;
      squares += x * x;
    }
    return squares == 0 ? 0 : total * total / (byProvider.size() * squares);
  }

  private static double utilisation(CandidatePool pool, double usedUnitMinutes, long horizon) {
    return pool.totalUnits() <= 0 || horizon <= 0 ? 0 : usedUnitMinutes / ((double) pool.totalUnits() * horizon);
  }
}
