package io.computility.hub.bench.indicators;

import io.computility.hub.indicators.Caller;
import io.computility.hub.indicators.collection.BatchUploads;
import io.computility.hub.indicators.collection.DataSet;
import io.computility.hub.indicators.collection.DataSets;
import io.computility.hub.indicators.collection.PeriodType;
import io.computility.hub.indicators.units.ReportingUnit;
import io.computility.hub.indicators.units.ReportingUnits;
import io.computility.hub.indicators.units.UnitKind;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
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
 * Ingestion through batch upload ({@link BatchUploads#upload}): each operation is one CSV file of {@value #ROWS}
 * rows (one per unit) × {@value #VALUES} values of a monthly data set for a fresh month, checked all-or-nothing,
 * then stored, logged and queued for the anomaly scan as one set, as {@code POST /api/v1/monitoring/batches} does;
 * the scan judges them in the background of the same JVM, and its backlog is printed after each iteration.
 * Values per second = operations per second × {@value #ROWS} × {@value #VALUES}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BatchIngestionBenchmark {

  static final int ROWS = 100;
  static final int VALUES = 8;
  private static final List<String> INDICATORS = List.of("RS.CAP.TOTAL", "RS.CAP.USED", "RS.UTIL.RATE",
      "CI.DC.RACKS", "PC.ENERGY.TOTAL", "PC.ENERGY.IT", "PC.ENERGY.PUE", "PC.GREEN.SHARE");

  private ConfigurableApplicationContext context;
  private BatchUploads batches;
  private final AtomicLong sequence = new AtomicLong();
  private final String run = Long.toString(System.nanoTime(), 36).toUpperCase();
  private final Caller caller = Caller.system("bench");
  private String dataSet;

  @Setup(Level.Trial)
  public void start() {
    context = IndicatorsBench.start();
    batches = context.getBean(BatchUploads.class);
    ReportingUnits units = context.getBean(ReportingUnits.class);
    List<String> unitCodes = new ArrayList<>();
    for (int i = 0; i < ROWS; i++) {
      units.save(new ReportingUnit(unit(i), "批量基准单位" + i, "Batch bench unit " + i, UnitKind.DATA_CENTRE,
          String.format("%02d%02d%02d", 11 + i % 20, 1 + i % 5, 1 + i % 9), List.of("bench")));
      unitCodes.add(unit(i));
    }
    dataSet = "BENCH_" + run;
    context.getBean(DataSets.class).save(new DataSet(dataSet, "批量基准", "Batch bench", PeriodType.MONTH, "P10D",
        "P3D", INDICATORS, unitCodes));
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
  public Object upload() {
    // A fresh month per file: every value is new, as in steady-state reporting.
    String period = YearMonth.of(2000, 1).plusMonths(sequence.getAndIncrement()).toString();
    ThreadLocalRandom random = ThreadLocalRandom.current();
    StringBuilder csv = new StringBuilder("unit_code,period,").append(String.join(",", INDICATORS)).append('\n');
    for (int i = 0; i < ROWS; i++) {
      int total = 100 + random.nextInt(50);
      int itEnergy = 1500 + random.nextInt(400);
      csv.append(unit(i)).append(',').append(period).append(',').append(total).append(',')
          .append(40 + random.nextInt(50)).append(',').append(30 + random.nextInt(60)).append(',')
          .append(500 + random.nextInt(500)).append(',').append(itEnergy + 300 + random.nextInt(300)).append(',')
          .append(itEnergy).append(",1.").append(20 + random.nextInt(30)).append(',').append(random.nextInt(100))
          .append('\n');
    }
    return batches.upload(dataSet, csv.toString(), caller);
  }

  private String unit(int i) {
    return "BATCH-" + run + "-" + i;
  }
}
