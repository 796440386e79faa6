package org.goldseam.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import org.goldseam.notes.ThemeObservationRow;
import org.goldseam.app.tasks.BackgroundTasks;
import org.goldseam.clients.ClientDetails;
import org.goldseam.clients.ClientSummary;
import org.goldseam.notes.NoteListItem;
import org.goldseam.notes.SessionNote;
import org.goldseam.notes.ThemeObservation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ThemeHeatMapModelTest {
    static DemoWorkspace demo;

    @BeforeAll
    static void openDemo() throws Exception {
        demo = DemoWorkspace.shared();
    }

    private ThemeHeatMapModel loaded(long clientId) {
        ThemeHeatMapModel model = new ThemeHeatMapModel(demo.services(), BackgroundTasks.synchronous());
        model.showClient(clientId);
        assertThat(model.state()).isEqualTo(LoadState.READY);
        return model;
    }

    @Test
    void everyStoredObservationIsOneCellWithItsIntensity() {
        long clientId = demo.firstClientId();
        ThemeHeatMapModel.Grid grid = loaded(clientId).grid();

        int stored = 0;
        for (NoteListItem item : demo.services().notes().listForClient(clientId)) {
            SessionNote note = demo.services().notes().findById(item.id()).orElseThrow();
            for (ThemeObservation observation : note.content().observations()) {
                stored++;
                int row = rowOf(grid, observation.entryId());
                int column = columnOf(grid, item.id());
                assertThat(grid.cell(row, column).intensity()).isEqualTo(observation.intensity());
            }
        }
        assertThat(stored).isPositive();
        assertThat(grid.observationCount()).isEqualTo(stored);
    }

    @Test
    void columnsRunOldestFirstAndIncludeSessionsWithoutThemes() {
        long clientId = demo.firstClientId();
        List<ThemeHeatMapModel.Column> columns = loaded(clientId).grid().columns();
        assertThat(columns).isSortedAccordingTo(Comparator.comparing(ThemeHeatMapModel.Column::date));
        long attended = demo.services().notes().listForClient(clientId).stream()
                .filter(n -> n.attendance() == org.goldseam.notes.Attendance.ATTENDED).count();
        assertThat(columns).hasSizeGreaterThanOrEqualTo((int) attended);
    }

    @Test
    void rowsGroupByCategoryOrRankByFrequency() {
        ThemeHeatMapModel model = loaded(demo.firstClientId());
        assertThat(model.grid().rows()).isSortedAccordingTo(Comparator.comparing(ThemeHeatMapModel.Row::category));

        List<Object> events = new ArrayList<>();
        model.addListener(PresenterProperty.OPTIONS, e -> events.add(e.getNewValue()));
        model.setOrder(ThemeHeatMapModel.Order.FREQUENCY);
        model.setOrder(ThemeHeatMapModel.Order.FREQUENCY);

        assertThat(events).containsExactly(ThemeHeatMapModel.Order.FREQUENCY);
        List<ThemeHeatMapModel.Row> rows = model.grid().rows();
        assertThat(rows).isSortedAccordingTo(Comparator.comparingInt(ThemeHeatMapModel.Row::sessions).reversed());
        assertThat(rows.get(0).sessions()).isGreaterThan(rows.get(rows.size() - 1).sessions());
    }

    @Test
    void tooltipNamesDateThemeIntensityAndQuote() {
        ThemeHeatMapModel model = loaded(demo.firstClientId());
        ThemeHeatMapModel.Grid grid = model.grid();
        ThemeObservationRow quoted = model.data().rows().stream().filter(r -> r.quote() != null).findFirst().orElseThrow();
        int row = rowOf(grid, quoted.entryId());
        int column = columnOf(grid, quoted.noteId());

        String text = model.describe(row, column);

        assertThat(text).contains(quoted.label(), "intensity " + quoted.intensity() + " of 10", quoted.quote().strip());
        assertThat(text).contains(String.valueOf(grid.columns().get(column).date().getYear()));
    }

    @Test
    void aClientWithoutSessionsHasAnEmptyMap() {
        long fresh = demo.services().clients().create("Dr Imaginary", ClientDetails.of("Ilse Ávila", LocalDate.of(2026, 11, 1)));
        ThemeHeatMapModel model = loaded(fresh);
        assertThat(model.grid().isEmpty()).isTrue();
        assertThat(model.grid().columns()).isEmpty();
    }

    @Test
    void aLateResultForTheClientLeftBehindIsDropped() {
        Queue<Runnable> worker = new ArrayDeque<>();
        ThemeHeatMapModel model = new ThemeHeatMapModel(demo.services(), new BackgroundTasks(worker::add, Runnable::run));
        List<ClientSummary> clients = demo.services().clients().listAll();
        long first = clients.get(0).id();
        long second = clients.get(1).id();

        model.showClient(first);
        model.showClient(second);
        assertThat(model.state()).isEqualTo(LoadState.LOADING);
        while (!worker.isEmpty()) {
            worker.poll().run();
        }

        assertThat(model.clientId()).isEqualTo(second);
        assertThat(model.data().rows()).isNotEmpty().allSatisfy(r -> assertThat(ownerOf(r.noteId())).isEqualTo(second));
    }

    @Test
    void clearForgetsEverything() {
        ThemeHeatMapModel model = loaded(demo.firstClientId());
        model.clear();
        assertThat(model.state()).isEqualTo(LoadState.EMPTY);
        assertThat(model.data()).isNull();
        assertThat(model.grid().isEmpty()).isTrue();
        assertThat(model.clientId()).isNull();
    }

    private static long ownerOf(long noteId) {
        return demo.services().notes().findById(noteId).orElseThrow().clientId();
    }

    private static int rowOf(ThemeHeatMapModel.Grid grid, long entryId) {
        for (int i = 0; i < grid.rows().size(); i++) {
            if (grid.rows().get(i).entryId() == entryId) {
                return i;
            }
        }
        throw new AssertionError("no row for entry " + entryId);
    }

    private static int columnOf(ThemeHeatMapModel.Grid grid, long noteId) {
        for (int i = 0; i < grid.columns().size(); i++) {
            if (grid.columns().get(i).noteId() == noteId) {
                return i;
            }
        }
        throw new AssertionError("no column for note " + noteId);
    }
}
