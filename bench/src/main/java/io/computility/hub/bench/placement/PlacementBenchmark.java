package io.computility.hub.bench.placement;

import io.computility.hub.workers.placement.CandidatePool;
import io.computility.hub.workers.placement.GeoLatencyMatrix;
import io.computility.hub.workers.placement.PlacementEngine;
import io.computility.hub.workers.placement.PlacementPolicy;
import io.computility.hub.workers.placement.PlacementRequest;
import io.computility.hub.workers.placement.PlacementResult;
import io.computility.hub.workers.placement.PoolHealth;
import io.computility.hub.workers.placement.ResourceKind;
import io.computility.hub.workers.placement.ServiceLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One placement decision over synthetic pools. {@code place} is the full decision (seven filters, six weighted
 * scorers, top 5 with breakdowns); {@code filterOnly} is the baseline of the same run: the filter pass alone (a
 * policy with no scorer weights), so the README can report scoring's cost as a ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class PlacementBenchmark {

  private static final String[] REGIONS = {"110000", "120000", "130000", "150000", "310000", "320000", "330000",
      "440000", "440300", "510000", "520000", "530000", "610000", "620000", "640000", "650000"};

  @Param({"1000", "10000", "100000"})
  public int pools;

  private final PlacementEngine engine = PlacementEngine.standard(new GeoLatencyMatrix());
  private final PlacementPolicy balanced = PlacementPolicy.balanced();
  private final PlacementPolicy filterOnly = new PlacementPolicy("filter-only", 0, null, null, List.of(), Map.of(),
      Map.of(), null);
  private List<CandidatePool> snapshot;
  private PlacementRequest[] requests;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    Random random = new Random(42);
    snapshot = new ArrayList<>(pools);
    for (int i = 0; i < pools; i++) {
      long total = 8L << random.nextInt(6);
      // Mostly GPU pools, some CPU, a few unhealthy: filters reject a realistic share (~25 %).
      ResourceKind kind = random.nextInt(10) < 9 ? ResourceKind.INTELLIGENT_GPU : ResourceKind.GENERAL_CPU;
      PoolHealth health = random.nextInt(50) == 0 ? PoolHealth.DOWN : PoolHealth.UP;
      snapshot.add(new CandidatePool("pool-" + i, "provider-" + random.nextInt(200),
          REGIONS[random.nextInt(REGIONS.length)], "z" + random.nextInt(3), kind, "GPU", total,
          random.nextInt((int) total + 1), 600 + random.nextInt(2400), 1.1 + random.nextDouble() * 0.5,
          random.nextDouble(), health, ServiceLevel.values()[random.nextInt(3)], 0.95 + random.nextDouble() * 0.05,
          Set.of()));
    }
    requests = new PlacementRequest[64];
    for (int i = 0; i < requests.length; i++) {
      requests[i] = new PlacementRequest("d" + i, "t", null, ResourceKind.INTELLIGENT_GPU, 1 + random.nextInt(8),
          Set.of(), Set.of(REGIONS[random.nextInt(REGIONS.length)]), REGIONS[random.nextInt(REGIONS.length)], 60,
          null, 60 + random.nextInt(600), 400_000, ServiceLevel.BASIC, random.nextBoolean(), false, 5);
    }
  }

  private PlacementRequest nextRequest() {
    next = (next + 1) & (requests.length - 1);
    return requests[next];
  }

  @Benchmark
  public PlacementResult place() {
    return engine.place(nextRequest(), balanced, snapshot);
  }

  @Benchmark
  public PlacementResult filterOnly() {
    return engine.place(nextRequest(), filterOnly, snapshot);
  }
}
