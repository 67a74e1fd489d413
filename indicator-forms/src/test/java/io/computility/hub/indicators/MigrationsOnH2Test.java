package io.computility.hub.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The module's migrations run on H2 in MySQL mode, the hub's embedded default (MariaDB is covered by the Spring
 * tests), and seed the five level-one categories.
 */
class MigrationsOnH2Test {

  private static final String URL = "jdbc:h2:mem:indicators;MODE=MySQL;DB_CLOSE_DELAY=-1;"
      + "NON_KEYWORDS=VALUE,YEAR,MONTH,DAY,HOUR,MINUTE,SECOND,KEY";

  @Test
  void migratesAndSeedsTheIndicatorSystem() throws Exception {
    Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration/indicators").load().migrate();

    try (Connection connection = DriverManager.getConnection(URL, "sa", "");
        Statement statement = connection.createStatement();
        ResultSet levelOne = statement.executeQuery(
            "SELECT COUNT(*) FROM ind_indicator WHERE level_no = 1 AND parent_code IS NULL")) {
      levelOne.next();
      assertThat(levelOne.getInt(1)).isEqualTo(5);
    }
  }
}
