package io.computility.hub.workers.billing;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The money tables and their non-trivial statements also run on the embedded H2 (MySQL mode). */
class BillingSqlOnH2Test {

  @Test
  void migrationsAndIdempotentInsertsRunOnH2() {
    DriverManagerDataSource h2 = new DriverManagerDataSource(
        "jdbc:h2:mem:billing;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
    Flyway.configure().dataSource(h2).locations("classpath:db/migration/workers").load().migrate();
    JdbcTemplate sql = new JdbcTemplate(h2);

    String usage = "INSERT IGNORE INTO metering_usage_record (order_id, meter, period_no, period_start, period_end,"
        + " quantity, cumulative, source, anomaly, recorded_at) VALUES ('o1', 'GPU_HOURS', 1, current_timestamp,"
        + " current_timestamp, ?, 1.5, 'a1', NULL, current_timestamp)";
    assertThat(sql.update(usage, 1.5)).isEqualTo(1);
    assertThat(sql.update(usage, 9.0)).isZero();

    String limit = "INSERT INTO billing_postpaid_account (owner, credit_limit_fen, updated_at, updated_by)"
        + " VALUES ('c1', ?, current_timestamp, 'op') ON DUPLICATE KEY UPDATE credit_limit_fen = ?,"
        + " updated_at = current_timestamp, updated_by = 'op'";
    sql.update(limit, 100, 100);
    sql.update(limit, 200, 200);
    assertThat(sql.queryForObject("SELECT credit_limit_fen FROM billing_postpaid_account WHERE owner = 'c1'",
        Long.class)).isEqualTo(200);

    sql.update("INSERT INTO billing_price_plan (product_id, version, meter, unit, unit_price_fen, valid_from,"
        + " price_model, tiers, user_class, commitment) VALUES ('p', 1, 'GPU_HOURS', 'GPU·h', 2000, current_timestamp,"
        + " 'GRADUATED', '100:2000,:1800', 'RESEARCH', 'ANY')");
    sql.update("INSERT INTO billing_coupon (coupon_id, code, kind, amount_fen, valid_from, valid_until, stacking,"
        + " max_redemptions, per_user_limit, status, created_by, created_at) VALUES ('c1', 'ONCE', 'FIXED_AMOUNT',"
        + " 100, current_timestamp, current_timestamp, 'STACKABLE', 1, 1, 'ACTIVE', 'op', current_timestamp)");
    String claim = "UPDATE billing_coupon SET redeemed_count = redeemed_count + 1 WHERE coupon_id = 'c1'"
        + " AND status = 'ACTIVE' AND (max_redemptions IS NULL OR redeemed_count < max_redemptions)";
    assertThat(sql.update(claim)).isEqualTo(1);
    assertThat(sql.update(claim)).isZero();

    sql.update("INSERT INTO wallet_account (account_id, owner, kind, currency, balance)"
        + " VALUES ('wallet:c1', 'c1', 'WALLET', 'CNY', 5)");
    assertThat(sql.queryForObject("SELECT balance FROM wallet_account WHERE account_id = 'wallet:c1' FOR UPDATE",
        Long.class)).isEqualTo(5);
  }
}
