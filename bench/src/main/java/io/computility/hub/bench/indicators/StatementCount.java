package io.computility.hub.bench.indicators;

import io.computility.hub.indicators.Caller;
import io.computility.hub.indicators.collection.BatchUploads;
import io.computility.hub.indicators.collection.BulkSubmissions;
import io.computility.hub.indicators.collection.Channel;
import io.computility.hub.indicators.collection.DataSet;
import io.computility.hub.indicators.collection.DataSets;
import io.computility.hub.indicators.collection.PeriodType;
import io.computility.hub.indicators.collection.Submissions;
import io.computility.hub.indicators.units.ReportingUnit;
import io.computility.hub.indicators.units.ReportingUnits;
import io.computility.hub.indicators.units.UnitKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Counts the SQL statements one batch row, one push and one bulk push cost, with MariaDB's session counter {@code Questions} on
 * a pool of one connection: a figure that, unlike throughput, does not depend on how loaded the machine is.
 * Run like the JMH benchmarks: {@code java -cp … io.computility.hub.bench.indicators.StatementCount}.
 */
public final class StatementCount {

  private static final int ROWS = 100;
  private static final int PUSHES = 20;
  private static final List<String> INDICATORS = List.of("RS.CAP.TOTAL", "RS.CAP.USED", "RS.UTIL.RATE",
      "CI.DC.RACKS", "PC.ENERGY.TOTAL", "PC.ENERGY.IT", "PC.ENERGY.PUE", "PC.GREEN.SHARE");

  private StatementCount() {
  }

  public static void main(String[] args) {
    try (ConfigurableApplicationContext context = IndicatorsBench.start(Map.of(
        "spring.datasource.hikari.maximum-pool-size", "1", "spring.datasource.hikari.minimum-idle", "1"))) {
      JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
      String run = Long.toString(System.nanoTime(), 36).toUpperCase();
      Caller caller = Caller.system("bench");
      ReportingUnits units = context.getBean(ReportingUnits.class);
      List<String> codes = new ArrayList<>();
      for (int i = 0; i < ROWS; i++) {
        codes.add("COUNT-" + run + "-" + i);
        units.save(new ReportingUnit(codes.get(i), "计数单位" + i, "Count unit " + i, UnitKind.DATA_CENTRE,
            String.format("%02d%02d%02d", 11 + i % 20, 1 + i % 5, 1 + i % 9), List.of("bench")));
      }
      String dataSet = "COUNT_" + run;
      context.getBean(DataSets.class).save(new DataSet(dataSet, "计数", "Count", PeriodType.MONTH, "P10D", "P3D",
          INDICATORS, codes));
      BatchUploads batches = context.getBean(BatchUploads.class);
      batches.upload(dataSet, csv(codes, "2001-01"), caller);
      long before = questions(jdbc);
      batches.upload(dataSet, csv(codes, "2001-02"), caller);
      long batch = questions(jdbc) - before - 1;
      Submissions submissions = context.getBean(Submissions.class);
      before = questions(jdbc);
      for (int i = 0; i < PUSHES; i++) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("RS.CAP.TOTAL", 120);
        values.put("RS.CAP.USED", 60 + i);
        values.put("PC.ENERGY.PUE", "1.3");
        submissions.receive(new Submissions.Incoming(codes.get(i), null, "2001-03-0" + (1 + i % 9),
            Channel.API_PUSH, values, null), caller, false);
      }
      long push = questions(jdbc) - before - 1;
      BulkSubmissions bulk = context.getBean(BulkSubmissions.class);
      List<Submissions.Incoming> pushed = new ArrayList<>();
      for (String code : codes) {
        pushed.add(new Submissions.Incoming(code, null, "2001-04-01", Channel.API_PUSH,
            Map.of("RS.CAP.TOTAL", 120, "RS.CAP.USED", 60, "PC.ENERGY.PUE", "1.3"), null));
      }
      before = questions(jdbc);
      bulk.push(pushed, caller);
      long bulkPush = questions(jdbc) - before - 1;
      System.out.printf("statements per batch row: %.1f (%d for %d rows)%n", (double) batch / ROWS, batch, ROWS);
      System.out.printf("statements per push: %.1f (%d for %d pushes)%n", (double) push / PUSHES, push, PUSHES);
      System.out.printf("statements per bulk push of %d submissions: %d (%.2f per submission)%n", ROWS, bulkPush,
          (double) bulkPush / ROWS);
    }
  }

  private static long questions(JdbcTemplate jdbc) {
    return jdbc.queryForObject("SHOW SESSION STATUS LIKE 'Questions'", (row, n) -> row.getLong(2));
  }

  private static String csv(List<String> units, String period) {
    StringBuilder csv = new StringBuilder("unit_code,period,").append(String.join(",", INDICATORS)).append('\n');
    for (String unit : units) {
      csv.append(unit).append(',').append(period).append(",120,60,50,800,2300,1800,1.28,40\n");
    }
    return csv.toString();
  }
}
