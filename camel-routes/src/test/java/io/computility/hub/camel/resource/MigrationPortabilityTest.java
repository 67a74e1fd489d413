package io.computility.hub.camel.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The module's migrations also run on the embedded default: H2 in MySQL mode (MariaDB is covered by the Spring tests). */
class MigrationPortabilityTest {

  @Test
  void migratesAnH2DatabaseInMySqlMode() throws Exception {
    String url = "jdbc:h2:mem:camel-migrations;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
    Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration/camel").load().migrate();

    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        ResultSet tables = connection.getMetaData().getTables(null, null, "camel_%", new String[] {"TABLE"})) {
      int count = 0;
      while (tables.next()) {
        count++;
      }
      assertThat(count).isEqualTo(12);
    }
  }
}
