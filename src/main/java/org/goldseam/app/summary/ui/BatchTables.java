package org.goldseam.app.summary.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javax.swing.table.AbstractTableModel;
import org.goldseam.app.summary.BatchExportPresenter;
import org.goldseam.app.summary.BatchExportPresenter.ClientChoice;
import org.goldseam.summary.BatchItem;
import org.goldseam.summary.BatchReport;

/** The two tables of the batch dialog: clients to tick, and the report of what became of each. */
final class BatchTables {
    private BatchTables() {
    }

    /** Tick, name, status; ticking goes straight to the presenter. */
    static final class Clients extends AbstractTableModel {
        private static final long serialVersionUID = 1L;
        private static final String[] COLUMNS = {"Export", "Client", "Status"};
        private final transient BatchExportPresenter presenter;
        private transient List<ClientChoice> rows = List.of();

        Clients(BatchExportPresenter presenter) {
            this.presenter = presenter;
        }

        void reload() {
            rows = presenter.choices();
            fireTableDataChanged();
        }

        void ticksChanged() {
            if (!rows.isEmpty()) {
                fireTableRowsUpdated(0, rows.size() - 1);
            }
        }

        void toggle(int row) {
            ClientChoice choice = rows.get(row);
            presenter.select(choice.id(), !presenter.selected().contains(choice.id()));
        }

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return COLUMNS.length;
        }

        @Override
        public String getColumnName(int column) {
            return COLUMNS[column];
        }

        @Override
        public Class<?> getColumnClass(int column) {
            return column == 0 ? Boolean.class : String.class;
        }

        @Override
        public boolean isCellEditable(int row, int column) {
            return column == 0;
        }

        @Override
        public void setValueAt(Object value, int row, int column) {
            presenter.select(rows.get(row).id(), Boolean.TRUE.equals(value));
        }

        @Override
        public Object getValueAt(int row, int column) {
            ClientChoice choice = rows.get(row);
            return switch (column) {
                case 0 -> presenter.selected().contains(choice.id());
                case 1 -> choice.name();
                default -> choice.status().name().charAt(0) + choice.status().name().substring(1).toLowerCase(Locale.ROOT);
            };
        }
    }

    /** One row per client the batch reached; those that could not be written come first. */
    static final class Report extends AbstractTableModel {
        private static final long serialVersionUID = 1L;
        private static final String[] COLUMNS = {"Client", "Outcome", "Details"};
        private transient List<BatchItem> rows = List.of();

        void show(BatchReport report) {
            List<BatchItem> sorted = new ArrayList<>(report == null ? List.of() : report.items());
            sorted.sort(Comparator.comparing(BatchItem::succeeded));
            rows = sorted;
            fireTableDataChanged();
        }

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return COLUMNS.length;
        }

        @Override
        public String getColumnName(int column) {
            return COLUMNS[column];
        }

        @Override
        public Object getValueAt(int row, int column) {
            BatchItem item = rows.get(row);
            return switch (column) {
                case 0 -> item.clientName().isEmpty() ? "Client " + item.clientId() : item.clientName();
                case 1 -> item.succeeded() ? "Written" : "Not written";
                default -> item.succeeded()
                        ? item.file().getFileName() + " \u00B7 " + item.pages() + (item.pages() == 1 ? " page" : " pages")
                        : item.message();
            };
        }
    }
}
