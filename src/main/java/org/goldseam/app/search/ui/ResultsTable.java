package org.goldseam.app.search.ui;

import java.awt.Component;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.SwingConstants;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.TableRowSorter;
import org.goldseam.app.workspace.Formats;
import org.goldseam.search.ClientMatch;
import org.goldseam.search.SearchResult;
import org.goldseam.framework.trend.TrendDirection;
import org.goldseam.framework.trend.TrendMeaning;
import org.goldseam.search.query.ParseResult;
import org.goldseam.search.query.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * The results: one row per client, sortable by any column but the sparkline. The columns follow
 * the search: a count per searched theme, the theme columns only with themes, a word column only
 * with words.
 */
final class ResultsTable {
    private final Model model = new Model();
    private final JTable table = new JTable(model);
    private final ZoneId zone;
    private final java.time.Clock clock;
    private final Function<String, String> themeLabel;

    /** Dates within {@code clock}'s current year are written without it ("12 Aug"), to keep the columns narrow. */
    ResultsTable(java.time.Clock clock, Function<String, String> themeLabel) {
        this.clock = clock;
        this.zone = clock.getZone();
        this.themeLabel = themeLabel;
        table.setTableHeader(new javax.swing.table.JTableHeader(table.getColumnModel()) {
            private static final long serialVersionUID = 1L;

            @Override
            public @Nullable String getToolTipText(java.awt.event.MouseEvent e) {
                int column = columnAtPoint(e.getPoint());
                return column < 0 ? null : model.description(table.convertColumnIndexToModel(column));
            }
        });
        table.setName("results");
        table.getAccessibleContext().setAccessibleName("Clients found");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setRowHeight(Math.max(table.getRowHeight(), 26));
        table.setShowVerticalLines(false);
        table.setFillsViewportHeight(true);
        table.setAutoCreateRowSorter(false);
        table.setDefaultRenderer(Object.class, new Cells());
        table.setDefaultRenderer(Integer.class, new Cells());
        table.setDefaultRenderer(Double.class, new Cells());
        table.setDefaultRenderer(List.class, new SparklineRenderer());
        model.show(List.of(), List.of(), false);
        model.fireTableStructureChanged();
        configureColumns();
    }

    JTable table() {
        return table;
    }

    /** Shows {@code result} (null for none), keeping the sort the clinician chose. */
    void show(@Nullable SearchResult result) {
        List<String> themes = List.of();
        boolean words = false;
        if (result != null) {
            ParseResult parsed = QueryParser.parse(result.query());
            if (parsed.ok()) {
                themes = parsed.validQuery().themes();
                words = parsed.validQuery().hasText();
            }
        }
        List<? extends javax.swing.RowSorter.SortKey> keys = table.getRowSorter() == null ? List.of()
                : table.getRowSorter().getSortKeys();
        boolean sameColumns = themes.equals(model.themes) && words == model.words;
        model.show(result == null ? List.of() : result.clients(), themes, words);
        if (!sameColumns) {
            model.fireTableStructureChanged();
            configureColumns();
            keys = List.of();
        } else {
            model.fireTableDataChanged();
        }
        TableRowSorter<Model> sorter = sorter();
        table.setRowSorter(sorter);
        sorter.setSortKeys(keys.stream().filter(k -> k.getColumn() < model.getColumnCount()).toList());
    }

    Optional<ClientMatch> selected() {
        int row = table.getSelectedRow();
        return row < 0 ? Optional.empty() : Optional.of(model.rows.get(table.convertRowIndexToModel(row)));
    }

    int rowCount() {
        return model.rows.size();
    }

    private TableRowSorter<Model> sorter() {
        TableRowSorter<Model> sorter = new TableRowSorter<>(model);
        sorter.setSortable(model.sparklineColumn(), false);
        sorter.setComparator(0, Comparator.comparing((String s) -> s.toLowerCase(Locale.ROOT)));
        return sorter;
    }

    private void configureColumns() {
        var columns = table.getColumnModel();
        for (int i = 0; i < columns.getColumnCount(); i++) {
            int width = switch (model.kind(i)) {
                case CLIENT -> 150;
                case SPARKLINE -> 130;
                case FIRST, LAST -> 90;
                case STATUS, THEME, TREND -> 85;
                default -> 62;
            };
            columns.getColumn(i).setPreferredWidth(width);
            if (model.kind(i) == Kind.THEME) {
                columns.getColumn(i).setHeaderValue(themeLabel.apply(model.themes.get(i - 3)));
            }
        }
    }

    private enum Kind { CLIENT, STATUS, SESSIONS, THEME, FIRST, LAST, MEAN, TREND, WORDS, SPARKLINE }

    private final class Model extends AbstractTableModel {
        private static final long serialVersionUID = 1L;
        private List<ClientMatch> rows = List.of();
        private List<String> themes = List.of();
        private boolean words;
        private List<Kind> kinds = List.of();

        void show(List<ClientMatch> matches, List<String> themeKeys, boolean withWords) {
            rows = matches;
            themes = themeKeys;
            words = withWords;
            List<Kind> all = new ArrayList<>(List.of(Kind.CLIENT, Kind.STATUS, Kind.SESSIONS));
            if (!themes.isEmpty()) {
                themes.forEach(t -> all.add(Kind.THEME));
            }
            all.addAll(List.of(Kind.FIRST, Kind.LAST));
            if (!themes.isEmpty()) {
                all.addAll(List.of(Kind.MEAN, Kind.TREND));
            }
            if (words) {
                all.add(Kind.WORDS);
            }
            all.add(Kind.SPARKLINE);
            kinds = List.copyOf(all);
        }

        Kind kind(int column) {
            return kinds.get(column);
        }

        int sparklineColumn() {
            return kinds.indexOf(Kind.SPARKLINE);
        }

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return kinds.size();
        }

        @Override
        public String getColumnName(int column) {
            return switch (kinds.get(column)) {
                case CLIENT -> "Client";
                case STATUS -> "Status";
                case SESSIONS -> "Sessions";
                case THEME -> themeLabel.apply(themes.get(column - 3));
                case FIRST -> "First";
                case LAST -> "Last";
                case MEAN -> "Mean";
                case TREND -> "Trend";
                case WORDS -> "Notes";
                case SPARKLINE -> "Window";
            };
        }

        /** The header's tooltip: what the column counts, in full. */
        String description(int column) {
            return switch (kinds.get(column)) {
                case CLIENT -> "Client";
                case STATUS -> "Client's status";
                case SESSIONS -> "Sessions in the window that match";
                case THEME -> "Sessions showing \u201c" + themeLabel.apply(themes.get(column - 3)) + "\u201d";
                case FIRST -> "First matching session";
                case LAST -> "Last matching session";
                case MEAN -> "Mean intensity over the matching sessions (0\u201310)";
                case TREND -> "Whether the intensity (for interventions, how often they are used) rises, falls or holds"
                        + " over the window, and whether that is improving or worsening for the category";
                case WORDS -> "Notes where the words occur";
                case SPARKLINE -> "Every session of the window, oldest first; bars show the themes' intensity";
            };
        }

        @Override
        public Class<?> getColumnClass(int column) {
            return switch (kinds.get(column)) {
                case CLIENT, STATUS -> String.class;
                case SESSIONS, THEME, WORDS -> Integer.class;
                case FIRST, LAST -> OffsetDateTime.class;
                case MEAN -> Double.class;
                case TREND -> TrendCell.class;
                case SPARKLINE -> List.class;
            };
        }

        @Override
        public @Nullable Object getValueAt(int row, int column) {
            ClientMatch m = rows.get(row);
            return switch (kinds.get(column)) {
                case CLIENT -> m.clientName();
                case STATUS -> Formats.sentence(m.status().dbValue());
                case SESSIONS -> m.matchingSessions();
                case THEME -> m.themeCounts().getOrDefault(themes.get(column - 3), 0);
                case FIRST -> m.firstOccurrence();
                case LAST -> m.lastOccurrence();
                case MEAN -> m.meanIntensity();
                case TREND -> m.trend() == null ? null : new TrendCell(m.trend(),
                        m.trendMeaning() == null ? TrendMeaning.NONE : m.trendMeaning());
                case WORDS -> m.textMatches().size();
                case SPARKLINE -> m.sparkline();
            };
        }
    }

    /** Dates in the clinician's zone, one decimal for intensities, arrows for trends. */
    private final class Cells extends DefaultTableCellRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public Component getTableCellRendererComponent(JTable t, Object value, boolean isSelected, boolean focus,
                                                       int row, int column) {
            Object shown = value;
            String tip = null;
            int align = SwingConstants.LEADING;
            if (value instanceof OffsetDateTime at) {
                java.time.LocalDate day = at.atZoneSameInstant(zone).toLocalDate();
                shown = Formats.shortDate(day, java.time.LocalDate.now(clock));
                tip = Formats.date(day);
            } else if (value instanceof Double mean) {
                shown = String.format(Locale.ROOT, "%.1f", mean);
                align = SwingConstants.TRAILING;
            } else if (value instanceof Integer) {
                align = SwingConstants.TRAILING;
            } else if (value instanceof TrendCell trend) {
                // in words as well as colour: "↑ rising · worsening"
                shown = trend.direction().arrow() + " " + trend.direction().word()
                        + (trend.meaning() == TrendMeaning.NONE ? "" : " \u00b7 " + trend.meaning().word());
                tip = trend.direction() == TrendDirection.TOO_FEW
                        ? "Fewer than three sessions: too few to name a direction" : null;
            }
            super.getTableCellRendererComponent(t, shown, isSelected, focus, row, column);
            if (!isSelected) {
                setForeground(value instanceof TrendCell trend && trend.meaning() != TrendMeaning.NONE
                        ? javax.swing.UIManager.getColor(trend.meaning() == TrendMeaning.WORSENING
                                ? "Goldseam.trendWorsening" : "Goldseam.trendImproving")
                        : t.getForeground());
            }
            setHorizontalAlignment(align);
            setToolTipText(tip);
            return this;
        }
    }

    /** The trend column's cell: the direction and what it means; sorts by direction. */
    record TrendCell(TrendDirection direction, TrendMeaning meaning) implements Comparable<TrendCell> {
        @Override
        public int compareTo(TrendCell other) {
            int byDirection = direction.compareTo(other.direction);
            return byDirection != 0 ? byDirection : meaning.compareTo(other.meaning);
        }
    }
}
