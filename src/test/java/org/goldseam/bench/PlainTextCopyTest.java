package org.goldseam.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.goldseam.bench.persistence.BenchNotes;
import org.goldseam.clients.ClientDetails;
import org.goldseam.notes.Attendance;
import org.goldseam.notes.NoteContent;
import org.goldseam.notes.NoteSectionText;
import org.goldseam.notes.persistence.SessionNoteRepository;
import org.goldseam.testing.NoteSamples;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The grep baseline's text files hold the note sections and never a psychotherapy note. */
class PlainTextCopyTest {
    @TempDir
    Path dir;

    @Test
    void sectionsAreWrittenPrivateNotesAreNot() throws IOException {
        Path copy = dir.resolve("copy");
        try (Vault vault = TestVaults.create(dir.resolve("vault"))) {
            var dsl = vault.database().dsl();
            long client = new org.goldseam.clients.persistence.ClientRepository(dsl, TestVaults.CLOCK)
                    .insert(ClientDetails.of("Mira Testfield", java.time.LocalDate.of(2026, 1, 5)));
            NoteContent sample = NoteSamples.dap(TestVaults.CLOCK.instant().atOffset(java.time.ZoneOffset.UTC), Attendance.ATTENDED);
            List<NoteSectionText> sections = sample.sections().stream()
                    .map(s -> new NoteSectionText(s.section(), "SECTIONMARK " + s.section())).toList();
            NoteContent withPrivate = new NoteContent(sample.startsAt(), sample.durationMinutes(), sample.type(), sample.modality(),
                    sample.attendance(), sample.format(), sample.summaryLine(), sections, "PRIVATEMARK never for grep",
                    sample.observations(), sample.interventions(), sample.goalProgress());
            new SessionNoteRepository(dsl, TestVaults.CLOCK).createDraft(client, withPrivate);

            assertThat(BenchNotes.of(vault).writePlainText(copy)).isEqualTo(1);
        }
        try (Stream<Path> files = Files.walk(copy)) {
            List<Path> notes = files.filter(Files::isRegularFile).toList();
            assertThat(notes).hasSize(1);
            String text = Files.readString(notes.get(0));
            assertThat(text).contains("SECTIONMARK DATA", "SECTIONMARK PLAN").doesNotContain("PRIVATEMARK");
        }
    }
}
