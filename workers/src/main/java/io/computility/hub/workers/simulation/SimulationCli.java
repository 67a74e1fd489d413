package io.computility.hub.workers.simulation;

import io.computility.hub.workers.placement.CandidatePool;
import io.computility.hub.workers.placement.GeoLatencyMatrix;
import io.computility.hub.workers.placement.PlacementEngine;
import io.computility.hub.workers.placement.PlacementPolicy;
import io.computility.hub.workers.simulation.SimulationReport.PolicyOutcome;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Command-line policy comparison with the preset policies:
 * {@code SimulationCli [--trace=FILE] [--pools=FILE] [--policy=NAME]...}; without arguments it compares
 * {@code cost-first} and {@code latency-first} on the shipped samples.
 */
public final class SimulationCli {

  private SimulationCli() {
  }

  public static void main(String[] args) throws IOException {
    String traceFile = null;
    String poolsFile = null;
    List<PlacementPolicy> policies = new ArrayList<>();
    for (String arg : args) {
      if (arg.startsWith("--trace=")) {
        traceFile = arg.substring(8);
      } else if (arg.startsWith("--pools=")) {
        poolsFile = arg.substring(8);
      } else if (arg.startsWith("--policy=")) {
        PlacementPolicy preset = PolicyPresets.all().get(arg.substring(9));
        if (preset == null) {
          throw new IllegalArgumentException("Unknown preset " + arg.substring(9) + "; known: "
              + PolicyPresets.all().keySet());
        }
        policies.add(preset);
      } else {
        throw new IllegalArgumentException("Usage: [--trace=FILE] [--pools=FILE] [--policy=NAME]...");
      }
    }
    if (policies.isEmpty()) {
      policies = List.of(PolicyPresets.costFirst(), PolicyPresets.latencyFirst());
    }
    List<DemandEvent> trace = traceFile == null ? TraceFiles.sampleTrace()
        : read(traceFile, TraceFiles::readTrace);
    List<CandidatePool> pools = poolsFile == null ? TraceFiles.samplePools()
        : read(poolsFile, TraceFiles::readPools);
    SimulationReport report = new PolicySimulator(PlacementEngine.standard(new GeoLatencyMatrix()))
        .run(trace, pools, policies);
    print(report, System.out);
  }

  private static <T> T read(String file, BiFunction<String, InputStream, T> reader) throws IOException {
    try (InputStream in = new FileInputStream(file)) {
      return reader.apply(file, in);
    }
  }

  /** Prints the report as a table, one column per policy. */
  static void print(SimulationReport report, PrintStream out) {
    out.printf(Locale.ROOT, "%d demands, %d pools, %d simulated minutes%n", report.demands(), report.pools(),
        report.horizonMinutes());
    row(out, "policy", report, PolicyOutcome::policy);
    row(out, "acceptance rate", report, o -> String.format(Locale.ROOT, "%.1f %%", 100 * o.acceptanceRate()));
    row(out, "decision mean / p95 (µs)", report,
        o -> String.format(Locale.ROOT, "%.0f / %.0f", o.meanDecisionMicros(), o.p95DecisionMicros()));
    row(out, "total cost (yuan)", report, o -> String.format(Locale.ROOT, "%,d", o.totalCostFen() / 100));
    row(out, "mean latency (ms)", report, o -> String.format(Locale.ROOT, "%.1f", o.meanLatencyMillis()));
    row(out, "green energy share", report, o -> String.format(Locale.ROOT, "%.1f %%", 100 * o.greenEnergyShare()));
    row(out, "energy (MWh)", report, o -> String.format(Locale.ROOT, "%.0f", o.energyKwh() / 1000));
    row(out, "provider fairness (Jain)", report, o -> String.format(Locale.ROOT, "%.3f", o.providerFairness()));
    for (String region : report.outcomes().get(0).utilisationByRegion().keySet()) {
      row(out, "utilisation " + region, report, o -> String.format(Locale.ROOT, "%.1f %% (%d placed)",
          100 * o.utilisationByRegion().getOrDefault(region, 0.0), o.acceptedByRegion().getOrDefault(region, 0)));
    }
    Set<String> filters = new TreeSet<>();
    report.outcomes().forEach(o -> filters.addAll(o.rejectionsByFilter().keySet()));
    for (String filter : filters) {
      row(out, "rejected, mostly " + filter, report,
          o -> Integer.toString(o.rejectionsByFilter().getOrDefault(filter, 0)));
    }
  }

  private static void row(PrintStream out, String label, SimulationReport report,
      Function<PolicyOutcome, String> value) {
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-30s", label));
    for (PolicyOutcome outcome : report.outcomes()) {
      line.append(String.format(Locale.ROOT, "%-26s", value.apply(outcome)));
    }
    out.println(line.toString().stripTrailing());
  }
}
