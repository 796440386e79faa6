package org.goldseam.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.goldseam.app.services.VaultServices;
import org.goldseam.app.tasks.BackgroundTasks;
import org.goldseam.clients.ClientDetails;
import org.goldseam.framework.model.ShameKindSession;
import org.goldseam.framework.persistence.TaxonomyRepository;
import org.goldseam.notes.Attendance;
import org.goldseam.notes.NoteContent;
import org.goldseam.notes.NoteListItem;
import org.goldseam.notes.ShameKind;
import org.goldseam.notes.ThemeObservation;
import org.goldseam.summary.SummaryDocument;
import org.goldseam.summary.SummaryOptions;
import org.goldseam.summary.SummaryPeriod;
import org.goldseam.summary.SummaryService;
import org.goldseam.summary.persistence.SummaryRepository;
import org.goldseam.summary.render.SummaryPdf;
import org.goldseam.testing.NoteSamples;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One rule everywhere: what counts is an attended session. Themes (and shame) written on a cancelled
 * or missed session stay with its note, but the summary, the session list, the Themes tab and the
 * shame report do not count them.
 */
class AttendedSessionsCountTest {
    private static final OffsetDateTime FIRST = OffsetDateTime.of(2026, 10, 5, 9, 0, 0, 0, ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Vault vault;
    private VaultServices services;
    private long client;
    private long cancelled;
    private long pleasing;

    @BeforeEach
    void threeSessionsOneCancelled() {
        vault = TestVaults.create(dir.resolve("vault"));
        services = VaultServices.of(vault, TestVaults.CLOCK);
        TaxonomyRepository taxonomy = new TaxonomyRepository(vault.database().dsl());
        long notEnough = taxonomy.byKey("core_belief.not_enough").orElseThrow().id();
        long concealment = taxonomy.byKey("defense.concealment").orElseThrow().id();
        pleasing = taxonomy.byKey("defense.people_pleasing").orElseThrow().id();
        client = services.clients().create("test", ClientDetails.of("Zoë Counted", FIRST.toLocalDate()));
        note(0, Attendance.ATTENDED, List.of(new ThemeObservation(notEnough, 7, null, ShameKind.CORE),
                new ThemeObservation(concealment, 4, null, ShameKind.ADAPTIVE)));
        // written before the clinician changed the attendance: themes that must not count
        cancelled = note(1, Attendance.CANCELLED, List.of(new ThemeObservation(notEnough, 8, null, ShameKind.CORE),
                new ThemeObservation(concealment, 6, null, ShameKind.ADAPTIVE),
                new ThemeObservation(pleasing, 9, null, null)));
        note(2, Attendance.ATTENDED, List.of(new ThemeObservation(notEnough, 5, null, ShameKind.CORE)));
    }

    @AfterEach
    void close() {
        services.search().close();
        vault.close();
    }

    private long note(int week, Attendance attendance, List<ThemeObservation> themes) {
        NoteContent base = NoteSamples.dap(FIRST.plusWeeks(week), attendance);
        return services.notes().create("test", client, new NoteContent(base.startsAt(), base.durationMinutes(), base.type(),
                base.modality(), base.attendance(), base.format(), base.summaryLine(), base.sections(), null, themes,
                List.of(), List.of()));
    }

    @Test
    void summaryShameOverTimeAndSessionRowsCountAttendedSessionsOnly() {
        SummaryService summaries = new SummaryService(SummaryRepository.of(vault, TestVaults.CLOCK), TestVaults.CLOCK,
                SummaryPdf.RENDERER);
        SummaryDocument summary = summaries.assemble(client,
                new SummaryPeriod(FIRST.toLocalDate(), FIRST.toLocalDate().plusWeeks(3)), SummaryOptions.defaults());

        int core = summary.shame().stream().mapToInt(SummaryDocument.ShameMonth::core).sum();
        int adaptive = summary.shame().stream().mapToInt(SummaryDocument.ShameMonth::adaptive).sum();
        assertThat(core).as("core shame in attended sessions").isEqualTo(2);
        assertThat(adaptive).as("adaptive shame in attended sessions").isEqualTo(1);
        SummaryDocument.SessionRow missed = summary.sessions().stream()
                .filter(r -> r.attendance() == Attendance.CANCELLED).findFirst().orElseThrow();
        assertThat(missed.topThemes()).as("main themes of a cancelled session").isEmpty();
        assertThat(summary.themes()).noneMatch(t -> t.entryId() == pleasing);
    }

    @Test
    void sessionListShowsNoMainThemesForASessionThatDidNotTakePlace() {
        NoteListItem item = services.notes().listForClient(client).stream()
                .filter(n -> n.id() == cancelled).findFirst().orElseThrow();
        assertThat(item.topThemeEntryIds()).isEmpty();
        assertThat(services.notes().listForClient(client).stream().filter(n -> n.id() != cancelled))
                .allMatch(n -> !n.topThemeEntryIds().isEmpty());
    }

    @Test
    void themesTabHasNoColumnOrCountForTheCancelledSession() {
        ThemeHeatMapModel model = new ThemeHeatMapModel(services, BackgroundTasks.synchronous());
        model.showClient(client);
        assertThat(model.state()).isEqualTo(LoadState.READY);
        ThemeHeatMapModel.Grid grid = model.grid();
        assertThat(grid.columns()).extracting(ThemeHeatMapModel.Column::noteId).doesNotContain(cancelled).hasSize(2);
        assertThat(grid.rows()).extracting(ThemeHeatMapModel.Row::entryId).doesNotContain(pleasing);
        assertThat(grid.observationCount()).isEqualTo(3);
    }

    @Test
    void shameReportCountsAttendedSessionsOnly() {
        List<ShameKindSession> sessions = services.framework().shame().bySession(client);
        assertThat(sessions).extracting(ShameKindSession::noteId).doesNotContain(cancelled).hasSize(2);
    }
}
