package org.goldseam.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Rows to print in any {@link OutputFormat}. Column names are snake_case (they become JSON keys and
 * CSV headers); cells are strings, numbers, booleans, dates or null.
 */
public record Tabular(List<String> columns, List<List<Object>> rows) {
    public Tabular {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row has " + row.size() + " cells for " + columns.size() + " columns");
            }
            copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = java.util.Collections.unmodifiableList(copy);
    }

    public static Builder of(String... columns) {
        return new Builder(List.of(columns));
    }

    /** Collects rows; {@code null} cells are allowed, unlike {@link List#of}. */
    public static final class Builder {
        private final List<String> columns;
        private final List<List<Object>> rows = new ArrayList<>();

        private Builder(List<String> columns) {
            this.columns = columns;
        }

        public Builder row(@Nullable Object... cells) {
            List<Object> row = new ArrayList<>(cells.length);
            for (Object cell : cells) {
                row.add(cell);
            }
            rows.add(row);
            return this;
        }

        public Tabular build() {
            return new Tabular(columns, rows);
        }
    }

    static String text(Object cell) {
        return Objects.toString(cell, "");
    }
}
