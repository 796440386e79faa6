package org.goldseam.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.goldseam.app.services.VaultServices;
import org.goldseam.app.tasks.BackgroundTasks;
import org.goldseam.clients.ClientDetails;
import org.goldseam.notes.Attendance;
import org.goldseam.testing.FakeScheduler;
import org.goldseam.testing.NoteSamples;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the editor shows beside a signed note (the client's recorded words) is what was recorded in that session. */
class SignedNoteRecordsTest {
    private static final OffsetDateTime SESSION = OffsetDateTime.of(2026, 10, 6, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String LINE = "You are still not enough";

    @TempDir
    Path dir;

    @Test
    void anInnerCriticLineHeardInASignedSessionStaysInItWhenHeardAgainLater() {
        try (Vault vault = TestVaults.create(dir.resolve("vault"))) {
            VaultServices services = VaultServices.of(vault, TestVaults.CLOCK);
            long client = new org.goldseam.clients.persistence.ClientRepository(vault.database().dsl()).insert(ClientDetails.of("Ines Invented", SESSION.toLocalDate()));
            long first = new org.goldseam.notes.persistence.SessionNoteRepository(vault.database().dsl()).createDraft(client, NoteSamples.dap(SESSION, Attendance.ATTENDED));
            long middle = new org.goldseam.notes.persistence.SessionNoteRepository(vault.database().dsl()).createDraft(client, NoteSamples.dap(SESSION.plusWeeks(1), Attendance.ATTENDED));
            long last = new org.goldseam.notes.persistence.SessionNoteRepository(vault.database().dsl()).createDraft(client, NoteSamples.dap(SESSION.plusWeeks(2), Attendance.ATTENDED));
            services.framework().innerCritic().recordHearing(client, first, LINE);
            services.framework().innerCritic().recordHearing(client, middle, LINE);
            new org.goldseam.notes.persistence.SessionNoteRepository(vault.database().dsl()).sign(middle, "Dr Ana Example, PsyD", Instant.parse("2026-10-13T10:00:00Z"));
            // heard again a week later: the middle session is now neither the first nor the last hearing
            services.framework().innerCritic().recordHearing(client, last, LINE.toLowerCase(java.util.Locale.ROOT));

            NoteEditorPresenter editor = new NoteEditorPresenter(services, BackgroundTasks.synchronous(), new FakeScheduler(),
                    () -> "Dr Ana Example, PsyD", () -> { });
            editor.open(middle);

            assertThat(editor.isSigned()).isTrue();
            assertThat(editor.recorded()).containsExactly("Inner critic: \u201c" + LINE + "\u201d");
        }
    }
}
