package io.computility.hub.workers.placement;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The scheduling layer's migrations and its non-trivial statements also run on the embedded H2 (MySQL mode). */
class PlacementSqlOnH2Test {

  @Test
  void migrationsAndUpsertAndConditionalUpdateRunOnH2() {
    DriverManagerDataSource h2 = new DriverManagerDataSource(
        "jdbc:h2:mem:placement;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
    Flyway.configure().dataSource(h2).locations("classpath:db/migration/workers").load().migrate();
    JdbcTemplate sql = new JdbcTemplate(h2);

    String upsert = "insert into placement_pool_capacity (pool_id, total_units, reserved_units, updated_at)"
        + " values (?, ?, 0, current_timestamp)"
        + " on duplicate key update total_units = ?, updated_at = current_timestamp";
    sql.update(upsert, "p1", 1, 1);
    sql.update(upsert, "p1", 2, 2);
    String take = "update placement_pool_capacity set reserved_units = reserved_units + ?"
        + " where pool_id = ? and total_units - reserved_units >= ?";
    assertThat(sql.update(take, 2, "p1", 2)).isEqualTo(1);
    assertThat(sql.update(take, 1, "p1", 1)).isZero();

    // The public-service share: ordinary demand stays within total − ceil(total × share).
    sql.update(upsert, "p2", 10, 10);
    sql.update("update placement_pool_capacity set public_service_share = 0.25 where pool_id = 'p2'");
    String takeOrdinary = "update placement_pool_capacity set reserved_units = reserved_units + ?,"
        + " public_service_reserved_units = public_service_reserved_units + case when ? then ? else 0 end"
        + " where pool_id = 'p2' and total_units - reserved_units >= ? and (? or reserved_units"
        + " - public_service_reserved_units + ? <= total_units - ceil(total_units * public_service_share))";
    assertThat(sql.update(takeOrdinary, 8, false, 8, 8, false, 8)).isZero();
    assertThat(sql.update(takeOrdinary, 7, false, 7, 7, false, 7)).isEqualTo(1);
    assertThat(sql.update(takeOrdinary, 3, true, 3, 3, true, 3)).isEqualTo(1);

    sql.update("insert into placement_policy (policy_name, policy_version, definition, deleted, created_at)"
        + " values ('x', 1, '{}', false, current_timestamp)");
    assertThat(sql.queryForObject("select count(*) from placement_policy p where policy_version ="
        + " (select max(policy_version) from placement_policy q where q.policy_name = p.policy_name)", Integer.class))
        .isEqualTo(1);
    assertThat(sql.queryForList("select demand_id from placement_capacity_reservation where state = 'RESERVED'"
        + " and expires_at <= current_timestamp order by expires_at limit 100")).isEmpty();
  }
}
