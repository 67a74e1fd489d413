package io.computility.hub.workers.jdbc;

import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * Bound value lists for plain-JDBC statements: the parenthesised placeholders of an {@code IN (…)} or a row of
 * {@code VALUES}, and a long list split so that no statement outgrows the server's placeholder and range limits.
 */
public final class InList {

    private InList() {
    }

    /** {@code (?, ?, …)} with {@code count} placeholders. */
    public static String placeholders(int count) {
        return "(" + String.join(", ", Collections.nCopies(count, "?")) + ")";
    }

    /** Runs {@code statement} on consecutive slices of {@code values}, at most {@code size} each, in order. */
    public static <T> void inChunks(List<T> values, int size, Consumer<List<T>> statement) {
        for (int from = 0; from < values.size(); from += size) {
            statement.accept(values.subList(from, Math.min(values.size(), from + size)));
        }
    }
}
