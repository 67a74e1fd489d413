package io.computility.hub.ledger.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Multi-row {@code INSERT … VALUES (…), (…)} through plain JDBC, in the caller's transaction. Used where thousands of
 * rows go in per second (the relay, bulk outbox writes): profiling showed MyBatis' {@code <foreach>} binding costing
 * more client time than the database spent on the statement. The same SQL text as Connector/J's
 * {@code rewriteBatchedStatements}, without changing the hub's connection settings.
 *
 * @param <R> the row type
 */
public final class MultiRowInsert<R> {

    /** Binds one row's values from {@code index} on and returns the next free index. */
    @FunctionalInterface
    public interface Binder<R> {
        int bind(PreparedStatement statement, int index, R row) throws SQLException;
    }

    private final String prefix;
    private final String rowPlaceholders;
    private final int rowsPerStatement;
    private final Binder<R> binder;
    private final String fullStatement;

    /**
     * @param table            table name
     * @param columns          column list, in the binder's order
     * @param rowsPerStatement rows per statement; keep rows × columns under MySQL's 65,535 placeholders
     */
    public MultiRowInsert(String table, String columns, int rowsPerStatement, Binder<R> binder) {
        int columnCount = columns.split(",").length;
        this.prefix = "INSERT INTO " + table + " (" + columns + ") VALUES ";
        this.rowPlaceholders = "(" + String.join(", ", Collections.nCopies(columnCount, "?")) + ")";
        this.rowsPerStatement = rowsPerStatement;
        this.binder = binder;
        this.fullStatement = sql(rowsPerStatement);
    }

    /** Inserts {@code rows} in their order, {@code rowsPerStatement} at a time. */
    public void insert(JdbcTemplate jdbc, List<? extends R> rows) {
        for (int from = 0; from < rows.size(); from += rowsPerStatement) {
            List<? extends R> chunk = rows.subList(from, Math.min(rows.size(), from + rowsPerStatement));
            String sql = chunk.size() == rowsPerStatement ? fullStatement : sql(chunk.size());
            jdbc.update(sql, statement -> {
                int index = 1;
                for (R row : chunk) {
                    index = binder.bind(statement, index, row);
                }
            });
        }
    }

    private String sql(int rows) {
        return prefix + String.join(", ", Collections.nCopies(rows, rowPlaceholders));
    }
}
