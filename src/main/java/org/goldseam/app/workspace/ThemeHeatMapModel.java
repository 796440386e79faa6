package org.goldseam.app.workspace;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.goldseam.notes.ThemeObservationRow;
import org.goldseam.app.services.VaultServices;
import org.goldseam.app.tasks.BackgroundTasks;
import org.goldseam.app.workspace.persistence.WorkspaceQueries;
import org.goldseam.framework.model.Category;
import org.goldseam.notes.NoteListItem;
import org.jspecify.annotations.Nullable;

/**
 * The Themes tab: which themes came up in which session, and how strongly. Rows are themes, columns
 * the client's sessions by date; the grid is rebuilt when the clinician changes the row order.
 */
public final class ThemeHeatMapModel extends ClientPresenter<ThemeHeatMapModel.Observations> {
    /** How rows are ordered. */
    public enum Order {
        /** Grouped by category in the taxonomy's order, then by label. */
        CATEGORY,
        /** The themes seen in most sessions first. */
        FREQUENCY
    }

    /** A session column; sessions without any observation still get a column, so gaps show. */
    public record Column(long noteId, LocalDate date) {
    }

    /** A theme row with the number of sessions it was observed in. */
    public record Row(long entryId, Category category, String label, int sessions) {
    }

    /** What was read: session columns (oldest first) and every observation. */
    public record Observations(List<Column> columns, List<ThemeObservationRow> rows) {
        public Observations {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    /** The heat map as drawn: rows in the chosen order, columns by date, a cell per observation. */
    public record Grid(List<Row> rows, List<Column> columns, Map<Long, Map<Long, ThemeObservationRow>> cells) {
        public static final Grid EMPTY = new Grid(List.of(), List.of(), Map.of());

        public @Nullable ThemeObservationRow cell(int row, int column) {
            return cells.getOrDefault(rows.get(row).entryId(), Map.of()).get(columns.get(column).noteId());
        }

        public int observationCount() {
            return cells.values().stream().mapToInt(Map::size).sum();
        }

        public boolean isEmpty() {
            return rows.isEmpty();
        }
    }

    private Order order = Order.CATEGORY;
    private Grid grid = Grid.EMPTY;

    public ThemeHeatMapModel(VaultServices services, BackgroundTasks tasks) {
        super(services, tasks);
    }

    @Override
    protected Observations read(long clientId) {
        ZoneId zone = services.clock().getZone();
        List<NoteListItem> notes = new ArrayList<>(services.notes().listForClient(clientId));
        notes.sort(Comparator.comparing(NoteListItem::startsAt).thenComparing(NoteListItem::id));
        // only sessions that count (attended ones): themes left on a cancelled or missed session are not counted
        List<Column> columns = notes.stream()
                .filter(n -> n.attendance().counts())
                .map(n -> new Column(n.id(), n.startsAt().atZoneSameInstant(zone).toLocalDate()))
                .toList();
        Set<Long> counted = columns.stream().map(Column::noteId).collect(Collectors.toSet());
        List<ThemeObservationRow> rows = WorkspaceQueries.themeObservations(services.vault()).forClient(clientId).stream()
                .filter(r -> counted.contains(r.noteId())).toList();
        return new Observations(columns, rows);
    }

    @Override
    protected void dataChanged(@Nullable Observations observations) {
        grid = observations == null ? Grid.EMPTY : build(observations, order);
    }

    public Order order() {
        return order;
    }

    public void setOrder(Order newOrder) {
        Objects.requireNonNull(newOrder);
        Order old = order;
        order = newOrder;
        if (old != newOrder) {
            grid = data() == null ? Grid.EMPTY : build(data(), newOrder);
        }
        optionsChanged(old, newOrder);
    }

    public Grid grid() {
        return grid;
    }

    /** The words of a cell's tooltip: date, theme, intensity and the client's quote if there is one. */
    public String describe(int row, int column) {
        Row theme = grid.rows().get(row);
        Column session = grid.columns().get(column);
        ThemeObservationRow cell = grid.cell(row, column);
        String date = Formats.date(session.date());
        if (cell == null) {
            return date + " · " + theme.label() + " · not noted in this session";
        }
        String text = date + " · " + theme.label() + " · intensity " + cell.intensity() + " of 10";
        return cell.quote() == null || cell.quote().isBlank() ? text : text + " · \u201c" + cell.quote().strip() + "\u201d";
    }

    static Grid build(Observations observations, Order order) {
        Map<Long, Map<Long, ThemeObservationRow>> cells = new HashMap<>();
        Map<Long, ThemeObservationRow> firstOfEntry = new LinkedHashMap<>();
        for (ThemeObservationRow row : observations.rows()) {
            cells.computeIfAbsent(row.entryId(), id -> new TreeMap<>()).put(row.noteId(), row);
            firstOfEntry.putIfAbsent(row.entryId(), row);
        }
        List<Row> rows = new ArrayList<>();
        for (ThemeObservationRow first : firstOfEntry.values()) {
            rows.add(new Row(first.entryId(), first.category(), first.label(), cells.getOrDefault(first.entryId(), Map.of()).size()));
        }
        Comparator<Row> byLabel = Comparator.comparing(Row::label, String.CASE_INSENSITIVE_ORDER).thenComparing(Row::entryId);
        rows.sort(order == Order.CATEGORY
                ? Comparator.comparing(Row::category).thenComparing(byLabel)
                : Comparator.comparingInt(Row::sessions).reversed().thenComparing(Row::category).thenComparing(byLabel));
        Map<Long, Map<Long, ThemeObservationRow>> frozen = new HashMap<>();
        cells.forEach((entry, byNote) -> frozen.put(entry, Map.copyOf(byNote)));
        return new Grid(List.copyOf(rows), observations.columns(), Map.copyOf(frozen));
    }
}
