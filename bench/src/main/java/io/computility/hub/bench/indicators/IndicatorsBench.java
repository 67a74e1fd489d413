package io.computility.hub.bench.indicators;

import io.computility.hub.indicators.analysis.AnomalyScan;
import io.computility.hub.workers.process.ProcessCommands;
import java.time.Clock;
import java.util.Map;
import org.apache.ibatis.annotations.Mapper;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The monitoring layer as the benchmarks run it: the real services, mappers and engine on MariaDB
 * ({@code hub_bench_indicators}, or {@code -Dbench.db.url=...}), without the web layer.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan("io.computility.hub.indicators")
// The hub's own process port on the embedded engine (OperatonProcessCommands), without the rest of the workers
@ComponentScan(basePackageClasses = ProcessCommands.class, useDefaultFilters = false,
    includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = ProcessCommands.class))
// MyBatis' own scan covers only this package; the module's mappers live in its feature packages
@MapperScan(basePackages = "io.computility.hub.indicators", annotationClass = Mapper.class)
public class IndicatorsBench {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  /** Starts the context. */
  public static ConfigurableApplicationContext start() {
    return start(Map.of());
  }

  /** Starts the context with extra properties. */
  public static ConfigurableApplicationContext start(Map<String, Object> extra) {
    String url = System.getProperty("bench.db.url", "jdbc:mysql://127.0.0.1:3306/hub_bench_indicators"
        + "?createDatabaseIfNotExist=true&nullDatabaseMeansCurrent=true");
    return new SpringApplicationBuilder(IndicatorsBench.class).web(WebApplicationType.NONE)
        .properties(Map.of(
            "spring.datasource.url", url,
            "spring.datasource.username", System.getProperty("bench.db.user", "root"),
            "spring.datasource.password", System.getProperty("bench.db.password", ""),
            "spring.datasource.hikari.transaction-isolation", "TRANSACTION_READ_COMMITTED",
            "spring.flyway.baseline-on-migrate", "true",
            "mybatis.configuration.map-underscore-to-camel-case", "true",
            "operaton.bpm.database.schema-update", "true",
            "operaton.bpm.auto-deployment-enabled", "false",
            "operaton.bpm.job-execution.enabled", "false",
            "logging.level.root", "WARN"))
        // the driver settings of the hub's mysql profile (application-mysql.yml)
        .properties(Map.of(
            "spring.datasource.hikari.data-source-properties.cachePrepStmts", "true",
            "spring.datasource.hikari.data-source-properties.prepStmtCacheSize", "250",
            "spring.datasource.hikari.data-source-properties.prepStmtCacheSqlLimit", "65536"))
        .properties(extra)
        .run();
  }

  /**
   * Prints how many accepted submissions still wait for the anomaly scan, which judges them in the background while
   * a benchmark ingests: a rate the hub can sustain leaves this bounded from one iteration to the next.
   */
  static void printAnomalyBacklog(ConfigurableApplicationContext context) {
    System.out.println("anomaly scan backlog: " + context.getBean(AnomalyScan.class).backlog() + " submissions");
  }
}
