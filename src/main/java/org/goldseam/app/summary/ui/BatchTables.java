package org.goldseam.app.summary.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.goldseam.app.summary.BatchExportPresenter.ClientChoice;
import org.goldseam.app.summary.BatchExportPresenter;
import org.goldseam.summary.BatchItem;
import org.goldseam.summary.BatchReport;
import org.jspecify.annotations.Nullable;

/** The two tables of the batch dialog: clients to tick, and the report of what became of each. */
final class BatchTables {
    private BatchTables() {
    }

    /** Tick, name, status; ticking goes straight to the presenter. */
    static final class Clients extends org.goldseam.app.ui.common.RowTableModel<ClientChoice> {
        private static final long serialVersionUID = 1L;
        private final transient BatchExportPresenter presenter;

        Clients(BatchExportPresenter presenter) {
            super("Export", "Client", "Status");
            this.presenter = presenter;
        }

        void reload() {
            setRows(presenter.choices());
        }

        void ticksChanged() {
            if (getRowCount() > 0) {
                fireTableRowsUpdated(0, getRowCount() - 1);
            }
        }

        void toggle(int row) {
            ClientChoice choice = row(row);
            presenter.select(choice.id(), !presenter.selected().contains(choice.id()));
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
            presenter.select(row(row).id(), Boolean.TRUE.equals(value));
        }

        @Override
        protected Object value(ClientChoice choice, int column) {
            return switch (column) {
                case 0 -> presenter.selected().contains(choice.id());
                case 1 -> choice.name();
                default -> choice.status().name().charAt(0) + choice.status().name().substring(1).toLowerCase(Locale.ROOT);
            };
        }
    }

    /** One row per client the batch reached; those that could not be written come first. */
    static final class Report extends org.goldseam.app.ui.common.RowTableModel<BatchItem> {
        private static final long serialVersionUID = 1L;

        Report() {
            super("Client", "Outcome", "Details");
        }

        void show(@Nullable BatchReport report) {
            List<BatchItem> sorted = new ArrayList<>(report == null ? List.of() : report.items());
            sorted.sort(Comparator.comparing(BatchItem::succeeded));
            setRows(sorted);
        }

        @Override
        protected @Nullable Object value(BatchItem item, int column) {
            return switch (column) {
                case 0 -> item.clientName().isEmpty() ? "Client " + item.clientId() : item.clientName();
                case 1 -> item.succeeded() ? "Written" : "Not written";
                default -> item.file() != null // written
                        ? item.file().getFileName() + " \u00B7 " + item.pages() + (item.pages() == 1 ? " page" : " pages")
                        : item.message();
            };
        }
    }
}
