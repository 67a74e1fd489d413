package io.computility.hub.bench.indicators;

import io.computility.hub.indicators.Caller;
import io.computility.hub.indicators.collection.BulkSubmissions;
import io.computility.hub.indicators.collection.Channel;
import io.computility.hub.indicators.collection.CollectionTasks;
import io.computility.hub.indicators.collection.Submissions;
import io.computility.hub.indicators.units.ReportingUnit;
import io.computility.hub.indicators.units.ReportingUnits;
import io.computility.hub.indicators.units.UnitKind;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * Ingestion through the push API, two shapes in the same run:
 * <ul>
 *   <li>{@code push} (the baseline): one submission of {@value #VALUES} values for one unit and a fresh period,
 *       as {@code POST /api/v1/monitoring/submissions} makes it ({@link CollectionTasks#submit}); values/s =
 *       ops/s × {@value #VALUES};</li>
 *   <li>{@code pushBulk}: one bulk push of {@value #UNITS} such submissions (one per unit, a fresh period), as
 *       {@code POST /api/v1/monitoring/submissions/bulk} makes it ({@link BulkSubmissions#push}); values/s =
 *       ops/s × {@value #UNITS} × {@value #VALUES}.</li>
 * </ul>
 * Each submission is validated (types, ranges, cross rules), stored with its history check, logged, checked against
 * the alert thresholds and queued for anomaly detection; the anomaly scan (robust z against own history and peers)
 * judges the queue in the background of the same JVM, and its backlog is printed after each iteration.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class IngestionBenchmark {

  static final int VALUES = 10;
  private static final int UNITS = 200;

  private ConfigurableApplicationContext context;
  private CollectionTasks tasks;
  private BulkSubmissions bulk;
  private final AtomicLong sequence = new AtomicLong();
  private final String run = Long.toString(System.nanoTime(), 36).toUpperCase();
  private final Caller caller = Caller.system("bench");

  @Setup(Level.Trial)
  public void start() {
    context = IndicatorsBench.start();
    tasks = context.getBean(CollectionTasks.class);
    bulk = context.getBean(BulkSubmissions.class);
    ReportingUnits units = context.getBean(ReportingUnits.class);
    for (int i = 0; i < UNITS; i++) {
      units.save(new ReportingUnit(unit(i), "基准单位" + i, "Bench unit " + i, UnitKind.DATA_CENTRE,
          String.format("%02d%02d%02d", 11 + i % 20, 1 + i % 5, 1 + i % 9), List.of("bench")));
    }
  }

  @TearDown(Level.Iteration)
  public void backlog() {
    IndicatorsBench.printAnomalyBacklog(context);
  }

  @TearDown(Level.Trial)
  public void stop() {
    context.close();
  }

  @Benchmark
  public Object push() {
    long n = sequence.getAndIncrement();
    // A fresh day per submission and unit: every value is new, as in steady-state reporting.
    return tasks.submit(incoming((int) (n % UNITS), day(n / UNITS)), caller);
  }

  @Benchmark
  public Object pushBulk() {
    String period = day(sequence.getAndIncrement());
    List<Submissions.Incoming> submissions = new ArrayList<>(UNITS);
    for (int i = 0; i < UNITS; i++) {
      submissions.add(incoming(i, period));
    }
    return bulk.push(submissions, caller);
  }

  private Submissions.Incoming incoming(int unit, String period) {
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
    return new Submissions.Incoming(unit(unit), null, period, Channel.API_PUSH, values, null);
  }

  private static String day(long n) {
    return LocalDate.of(2000, 1, 1).plusDays(n).toString();
  }

  private String unit(int i) {
    return "BENCH-" + run + "-" + i;
  }
}
