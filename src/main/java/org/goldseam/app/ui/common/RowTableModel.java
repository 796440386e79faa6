package org.goldseam.app.ui.common;

import java.util.List;
import javax.swing.table.AbstractTableModel;
import org.jspecify.annotations.Nullable;

/**
 * A table over a list of rows with fixed column names: a subclass says only what each cell shows
 * ({@link #value}). The app's lists of measures, backups, audit entries, taxonomy entries and batch
 * results are all of this shape.
 */
public abstract class RowTableModel<T> extends AbstractTableModel {
    private static final long serialVersionUID = 1L;
    private final String[] columns;
    private transient List<T> rows = List.of();

    protected RowTableModel(String... columns) {
        this.columns = columns.clone();
    }

    /** Replaces every row and tells the table. */
    public void setRows(List<T> shown) {
        rows = List.copyOf(shown);
        fireTableDataChanged();
    }

    public List<T> rows() {
        return rows;
    }

    public T row(int index) {
        return rows.get(index);
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return columns.length;
    }

    @Override
    public String getColumnName(int column) {
        return columns[column];
    }

    @Override
    public @Nullable Object getValueAt(int row, int column) {
        return value(rows.get(row), column);
    }

    /** What the cell of {@code row} in {@code column} shows. */
    protected abstract @Nullable Object value(T row, int column);
}
