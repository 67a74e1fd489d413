package io.computility.hub.workers.simulation;

import io.computility.hub.workers.placement.CandidatePool;
import io.computility.hub.workers.placement.PoolHealth;
import io.computility.hub.workers.placement.ResourceKind;
import io.computility.hub.workers.placement.ServiceLevel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generates the shipped sample snapshot and trace (seeded, so the files are reproducible; {@code
 * SampleDataTest} checks they still match). Run {@code main} from the worktree root to rewrite them.
 *
 * <p>The shape follows the national layout: expensive, grey but close east-coast pools where most users are, and
 * cheaper, greener, farther western hub pools (东数西算).
 */
public final class SampleDataGenerator {

  static final Path TARGET = Path.of("workers/src/main/resources/simulation");
  static final int POOLS = 420;
  static final int DEMANDS = 6000;
  static final long WEEK_MINUTES = 7 * 24 * 60;

  /** Province, relative price, PUE low, green share low, share of pools (of 100), share of users (of 100). */
  private record Province(String code, double price, double pue, double green, int poolWeight, int userWeight) {
  }

  private static final Province[] PROVINCES = {
      new Province("110000", 1.35, 1.40, 0.15, 12, 22), new Province("310000", 1.40, 1.38, 0.12, 11, 18),
      new Province("440000", 1.30, 1.36, 0.20, 11, 20), new Province("330000", 1.25, 1.33, 0.18, 8, 12),
      new Province("320000", 1.20, 1.35, 0.16, 7, 10), new Province("510000", 0.90, 1.25, 0.75, 9, 6),
      new Province("500000", 0.95, 1.28, 0.55, 5, 4), new Province("520000", 0.75, 1.18, 0.55, 10, 2),
      new Province("150000", 0.70, 1.16, 0.60, 10, 2), new Province("620000", 0.68, 1.17, 0.65, 8, 2),
      new Province("640000", 0.72, 1.15, 0.60, 6, 1), new Province("610000", 0.95, 1.28, 0.30, 3, 1)};

  private SampleDataGenerator() {
  }

  public static void main(String[] args) throws IOException {
    List<CandidatePool> pools = pools();
    Files.createDirectories(TARGET);
    Files.writeString(TARGET.resolve("pool-snapshot.csv"), poolsCsv(pools), StandardCharsets.UTF_8);
    Files.writeString(TARGET.resolve("demand-trace.csv"), traceCsv(trace()), StandardCharsets.UTF_8);
  }

  static String poolsCsv(List<CandidatePool> pools) {
    StringBuilder out = new StringBuilder(TraceFiles.POOL_HEADER).append('\n');
    pools.forEach(p -> out.append(TraceFiles.csv(p)).append('\n'));
    return out.toString();
  }

  static String traceCsv(List<DemandEvent> trace) {
    StringBuilder out = new StringBuilder(TraceFiles.TRACE_HEADER).append('\n');
    trace.forEach(e -> out.append(TraceFiles.csv(e)).append('\n'));
    return out.toString();
  }

  static List<CandidatePool> pools() {
    Random random = new Random(2260);
    List<CandidatePool> pools = new ArrayList<>();
    for (int i = 0; i < POOLS; i++) {
      Province province = pick(random, PROVINCES, true);
      ResourceKind kind = kind(random);
      String unit;
      long total;
      long basePrice;
      switch (kind) {
        case INTELLIGENT_GPU -> {
          unit = "GPU";
          total = 8L * (1 + random.nextInt(24));
          basePrice = 900 + random.nextInt(900);
        }
        case GENERAL_CPU -> {
          unit = "core";
          total = 256L * (2 + random.nextInt(30));
          basePrice = 6 + random.nextInt(8);
        }
        case SUPERCOMPUTING -> {
          unit = "node";
          total = 16L * (1 + random.nextInt(16));
          basePrice = 350 + random.nextInt(300);
        }
        case QUANTUM -> {
          unit = "QPU";
          total = 1;
          basePrice = 40_000 + random.nextInt(20_000);
        }
        case STORAGE -> {
          unit = "TB";
          total = 100L * (1 + random.nextInt(50));
          basePrice = 3 + random.nextInt(5);
        }
        default -> {
          unit = "Gbps";
          total = 10L * (1 + random.nextInt(40));
          basePrice = 20 + random.nextInt(40);
        }
      }
      long remaining = total - (long) (total * random.nextDouble() * 0.3);
      int roll = random.nextInt(100);
      PoolHealth health = roll < 1 ? PoolHealth.DOWN : roll < 5 ? PoolHealth.DEGRADED : PoolHealth.UP;
      int admission = random.nextInt(10);
      ServiceLevel level = admission < 3 ? ServiceLevel.BASIC : admission < 8 ? ServiceLevel.STANDARD
          : ServiceLevel.CRITICAL;
      String provider = "prov-" + province.code().substring(0, 2) + "-" + random.nextInt(4);
      String zone = "az" + (1 + random.nextInt(3));
      long price = Math.max(1, Math.round(basePrice * province.price()));
      double pue = round(province.pue() + random.nextDouble() * 0.12);
      double green = round(Math.min(1, province.green() + random.nextDouble() * 0.2));
      double reliability = round3(0.97 + random.nextDouble() * 0.029);
      pools.add(new CandidatePool(String.format("pool-%03d", i), provider, province.code(), zone, kind, unit, total,
          remaining, price, pue, green, health, level, reliability, Set.of()));
    }
    return pools;
  }

  static List<DemandEvent> trace() {
    Random random = new Random(7300);
    List<DemandEvent> trace = new ArrayList<>();
    double meanGap = (double) WEEK_MINUTES / DEMANDS;
    double clock = 0;
    for (int i = 0; i < DEMANDS; i++) {
      // Day-time arrivals twice as dense as night-time ones.
      double hour = (clock / 60) % 24;
      double rate = hour >= 8 && hour < 22 ? 1.3 : 0.65;
      clock += -Math.log(1 - random.nextDouble()) * meanGap / rate;
      String user = pick(random, PROVINCES, false).code();
      ResourceKind kind = kind(random);
      long quantity;
      long minutes;
      int cap = 0;
      switch (kind) {
        case INTELLIGENT_GPU -> {
          boolean training = random.nextInt(10) < 4;
          quantity = training ? 8L * (1 + random.nextInt(8)) : 1 + random.nextInt(4);
          minutes = training ? 60L * (4 + random.nextInt(68)) : 30L * (1 + random.nextInt(16));
          cap = training ? 0 : 20 + random.nextInt(3) * 10;
        }
        case GENERAL_CPU -> {
          quantity = 16L * (1 + random.nextInt(32));
          minutes = 60L * (1 + random.nextInt(72));
          cap = random.nextInt(3) == 0 ? 0 : 25 + random.nextInt(4) * 5;
        }
        case SUPERCOMPUTING -> {
          quantity = 4L * (1 + random.nextInt(16));
          minutes = 60L * (2 + random.nextInt(46));
        }
        case QUANTUM -> {
          quantity = 1;
          minutes = 15L * (1 + random.nextInt(8));
        }
        case STORAGE -> {
          quantity = 10L * (1 + random.nextInt(40));
          minutes = 60L * 24 * (1 + random.nextInt(6));
          cap = random.nextBoolean() ? 0 : 40;
        }
        default -> {
          quantity = 1 + random.nextInt(20);
          minutes = 60L * (1 + random.nextInt(24));
          cap = 30;
        }
      }
      long budget = random.nextInt(10) < 6 ? (long) (referencePrice(kind) * quantity * minutes / 60.0
          * (0.9 + random.nextDouble() * 0.8)) : 0;
      Set<String> residency = random.nextInt(100) < 8 ? Set.of(user) : Set.of();
      ServiceLevel level = random.nextInt(10) == 0 ? ServiceLevel.CRITICAL
          : random.nextInt(3) == 0 ? ServiceLevel.STANDARD : ServiceLevel.BASIC;
      trace.add(new DemandEvent(Math.min((long) clock, WEEK_MINUTES), kind, quantity, minutes, user, cap, budget,
          residency, random.nextInt(5) == 0, level));
    }
    return trace;
  }

  /** A mid-market list price per unit-hour, for budgets. */
  private static double referencePrice(ResourceKind kind) {
    return switch (kind) {
      case INTELLIGENT_GPU -> 1350;
      case GENERAL_CPU -> 9;
      case SUPERCOMPUTING -> 500;
      case QUANTUM -> 50_000;
      case STORAGE -> 5;
      case NETWORK -> 40;
    };
  }

  private static ResourceKind kind(Random random) {
    int roll = random.nextInt(100);
    if (roll < 45) {
      return ResourceKind.INTELLIGENT_GPU;
    }
    if (roll < 80) {
      return ResourceKind.GENERAL_CPU;
    }
    if (roll < 88) {
      return ResourceKind.STORAGE;
    }
    if (roll < 94) {
      return ResourceKind.SUPERCOMPUTING;
    }
    return roll < 99 ? ResourceKind.NETWORK : ResourceKind.QUANTUM;
  }

  private static Province pick(Random random, Province[] provinces, boolean byPools) {
    int sum = 0;
    for (Province p : provinces) {
      sum += byPools ? p.poolWeight() : p.userWeight();
    }
    int roll = random.nextInt(sum);
    for (Province p : provinces) {
      roll -= byPools ? p.poolWeight() : p.userWeight();
      if (roll < 0) {
        return p;
      }
    }
    throw new IllegalStateException();
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }

  private static double round3(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
