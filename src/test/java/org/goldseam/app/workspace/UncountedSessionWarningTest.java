package org.goldseam.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.goldseam.app.services.VaultServices;
import org.goldseam.app.tasks.BackgroundTasks;
import org.goldseam.clients.ClientDetails;
import org.goldseam.framework.persistence.TaxonomyRepository;
import org.goldseam.notes.Attendance;
import org.goldseam.notes.NoteContent;
import org.goldseam.notes.NoteFormat;
import org.goldseam.notes.ThemeObservation;
import org.goldseam.testing.FakeScheduler;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor says so when themes sit on a note whose attendance means they will not be counted. */
class UncountedSessionWarningTest {
    private static final OffsetDateTime SESSION = OffsetDateTime.of(2026, 11, 19, 15, 0, 0, 0, ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Vault vault;
    private NoteEditorPresenter editor;
    private long theme;

    @BeforeEach
    void openEditor() {
        vault = TestVaults.create(dir.resolve("vault"));
        VaultServices services = VaultServices.of(vault, TestVaults.CLOCK);
        theme = new TaxonomyRepository(vault.database().dsl()).byKey("core_belief.fraud").orElseThrow().id();
        long client = services.clients().create("test", ClientDetails.of("Mia Missed", SESSION.toLocalDate()));
        editor = new NoteEditorPresenter(services, BackgroundTasks.synchronous(), new FakeScheduler(),
                () -> TestVaults.CLINICIAN, () -> { });
        editor.create(client, NoteContents.blank(SESSION, NoteFormat.DAP));
    }

    @AfterEach
    void close() {
        vault.close();
    }

    private static NoteContent attendance(NoteContent c, Attendance attendance) {
        return new NoteContent(c.startsAt(), c.durationMinutes(), c.type(), c.modality(), attendance, c.format(),
                c.summaryLine(), c.sections(), c.privateNotes(), c.observations(), c.interventions(), c.goalProgress());
    }

    @Test
    void themesOnACancelledOrMissedSessionAreWarnedAbout() {
        editor.edit(c -> NoteContents.withObservations(c, list -> {
            list.add(new ThemeObservation(theme, 6, null, null));
            return list;
        }));
        assertThat(editor.themesOnUncountedSession()).as("attended").isFalse();
        for (Attendance notHeld : List.of(Attendance.CANCELLED, Attendance.NO_SHOW, Attendance.LATE_CANCEL)) {
            editor.edit(c -> attendance(c, notHeld));
            assertThat(editor.themesOnUncountedSession()).as(notHeld.dbValue()).isTrue();
        }
        // no themes, nothing to warn about
        editor.edit(c -> NoteContents.withObservations(c, list -> {
            list.clear();
            return list;
        }));
        assertThat(editor.themesOnUncountedSession()).isFalse();
    }

    @Test
    void theWarningIsWordedInTheEditorsResourceBundle() {
        ResourceBundle bundle = ResourceBundle.getBundle("org.goldseam.app.workspace.ui.editor", Locale.ROOT);
        assertThat(new java.text.MessageFormat(bundle.getString("themes.uncountedSession"), Locale.ROOT).format(new Object[] {"Cancelled"}))
                .contains("\u201cCancelled\u201d").contains("not counted").contains("Attended");
    }
}
