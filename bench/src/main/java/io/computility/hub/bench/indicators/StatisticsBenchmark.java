package io.computility.hub.bench.indicators;

import io.computility.hub.indicators.Caller;
import io.computility.hub.indicators.analysis.Statistics;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Statistics over many stored values: one indicator for one month by province, with period-on-period and
 * year-on-year (three roll-ups), as {@code GET /api/v1/monitoring/statistics} answers it. The store is seeded
 * once per size with {@value #INDICATORS} indicators × {@value #MONTHS} months × units spread over 300 counties.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StatisticsBenchmark {

  static final int INDICATORS = 10;
  static final int MONTHS = 100;
  private static final List<String> CODES = List.of("RS.CAP.TOTAL", "RS.CAP.USED", "RS.CAP.GENERAL",
      "RS.CAP.AI", "RS.UTIL.RATE", "PC.ENERGY.TOTAL", "PC.ENERGY.IT", "PC.ENERGY.PUE", "PC.GREEN.SHARE",
      "SG.INC.TOTAL");

  /** Stored values in total. */
  @Param("10000000")
  public int values;

  private ConfigurableApplicationContext context;
  private Statistics statistics;
  private final Caller nation = Caller.system("bench");

  @Setup(Level.Trial)
  public void seed() throws SQLException {
    context = IndicatorsBench.start();
    statistics = context.getBean(Statistics.class);
    int units = values / INDICATORS / MONTHS;
    DataSource dataSource = context.getBean(DataSource.class);
    try (Connection connection = dataSource.getConnection()) {
      if (count(connection) >= (long) units * INDICATORS * MONTHS) {
        return;
      }
      connection.setAutoCommit(false);
      try (PreparedStatement insert = connection.prepareStatement("INSERT IGNORE INTO ind_value (unit_code, "
          + "indicator_code, period_key, region_code, num_value, text_value, submission_id, revision, status, "
          + "updated_at) VALUES (?, ?, ?, ?, ?, NULL, 'seed', 1, 'ACCEPTED', ?)")) {
        Timestamp now = Timestamp.from(Instant.now());
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int batch = 0;
        for (int unit = 0; unit < units; unit++) {
          String region = String.format("%02d%02d%02d", 11 + unit % 30, 1 + unit / 30 % 5, 1 + unit / 150 % 2);
          for (int month = 0; month < MONTHS; month++) {
            String period = YearMonth.of(2000, 1).plusMonths(month).toString();
            for (String code : CODES) {
              insert.setString(1, "SEED-" + unit);
              insert.setString(2, code);
              insert.setString(3, period);
              insert.setString(4, region);
              insert.setDouble(5, 1 + random.nextDouble(100));
              insert.setTimestamp(6, now);
              insert.addBatch();
              if (++batch % 10_000 == 0) {
                insert.executeBatch();
                connection.commit();
              }
            }
          }
        }
        insert.executeBatch();
        connection.commit();
      }
    }
  }

  @TearDown(Level.Trial)
  public void stop() {
    context.close();
  }

  @Benchmark
  public Object byProvinceWithComparisons() {
    String period = YearMonth.of(2000, 1).plusMonths(13 + ThreadLocalRandom.current().nextInt(MONTHS - 13))
        .toString();
    return statistics.byRegion("RS.UTIL.RATE", period, null, 1, nation);
  }

  private static long count(Connection connection) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(
        "SELECT COUNT(*) FROM ind_value WHERE submission_id = 'seed'");
        ResultSet result = query.executeQuery()) {
      result.next();
      return result.getLong(1);
    }
  }
}
