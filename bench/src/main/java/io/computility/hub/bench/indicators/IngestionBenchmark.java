package io.computility.hub.bench.indicators;

import io.computility.hub.indicators.Caller;
import io.computility.hub.indicators.collection.Channel;
import io.computility.hub.indicators.collection.Submissions;
import io.computility.hub.indicators.units.ReportingUnit;
import io.computility.hub.indicators.units.ReportingUnits;
import io.computility.hub.indicators.units.UnitKind;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Ingestion through the push path ({@link Submissions#receive}): each operation is one submission of
 * {@value #VALUES} values for one unit and a fresh period, validated, stored, logged and checked for anomalies.
 * Values per second = operations per second × {@value #VALUES}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class IngestionBenchmark {

  static final int VALUES = 10;
  private static final int UNITS = 200;

  private ConfigurableApplicationContext context;
  private Submissions submissions;
  private final AtomicLong sequence = new AtomicLong();
  private final String run = Long.toString(System.nanoTime(), 36).toUpperCase();
  private final Caller caller = Caller.system("bench");

  @Setup(Level.Trial)
  public void start() {
    context = IndicatorsBench.start();
    submissions = context.getBean(Submissions.class);
    ReportingUnits units = context.getBean(ReportingUnits.class);
    for (int i = 0; i < UNITS; i++) {
      units.save(new ReportingUnit(unit(i), "基准单位" + i, "Bench unit " + i, UnitKind.DATA_CENTRE,
          String.format("%02d%02d%02d", 11 + i % 20, 1 + i % 5, 1 + i % 9), List.of("bench")));
    }
  }

  @TearDown(Level.Trial)
  public void stop() {
    context.close();
  }

  @Benchmark
  public Object push() {
    long n = sequence.getAndIncrement();
    ThreadLocalRandom random = ThreadLocalRandom.current();
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("RS.CAP.TOTAL", 100 + random.nextInt(50));
    values.put("RS.CAP.USED", 40 + random.nextInt(50));
    values.put("RS.CAP.GENERAL", 30 + random.nextInt(20));
    values.put("RS.CAP.AI", 30 + random.nextInt(20));
    values.put("RS.UTIL.RATE", 40 + random.nextInt(50));
    values.put("PC.ENERGY.TOTAL", 2000 + random.nextInt(500));
    values.put("PC.ENERGY.IT", 1500 + random.nextInt(400));
    values.put("PC.ENERGY.PUE", "1." + (20 + random.nextInt(30)));
    values.put("PC.GREEN.SHARE", random.nextInt(100));
    values.put("SG.INC.TOTAL", random.nextInt(5));
    // A fresh day per submission and unit: every value is new, as in steady-state reporting.
    String period = LocalDate.of(2000, 1, 1).plusDays(n / UNITS).toString();
    return submissions.receive(new Submissions.Incoming(unit((int) (n % UNITS)), null, period, Channel.API_PUSH,
        values, null), caller, false);
  }

  private String unit(int i) {
    return "BENCH-" + run + "-" + i;
  }
}
