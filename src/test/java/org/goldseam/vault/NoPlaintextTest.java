package org.goldseam.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldseam.db.Tables.CLIENT;
import static org.goldseam.db.Tables.NOTE_SECTION;
import static org.goldseam.db.Tables.PRIVATE_NOTE;
import static org.goldseam.db.Tables.SESSION_NOTE;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.goldseam.testing.TestVaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing a clinician writes may be readable in the vault folder without the passphrase. */
class NoPlaintextTest {
    private static final String CLIENT_MARKER = "Zoë-Quixotrel-Ŵ7731";
    private static final String NOTE_MARKER = "fraudfeeling-Marrowgate-李-5512";
    private static final String PRIVATE_MARKER = "privatehunch-Pellinore-8890";

    @TempDir
    Path dir;

    @Test
    void noClientNameOrNoteTextAppearsInAnyFileOfTheClosedVault() throws Exception {
        Path folder = dir.resolve("vault");
        try (Vault vault = TestVaults.create(folder)) {
            var dsl = vault.database().dsl();
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            long clientId = dsl.insertInto(CLIENT)
                    .set(CLIENT.FULL_NAME, CLIENT_MARKER)
                    .set(CLIENT.INTAKE_DATE, LocalDate.of(2026, 3, 2))
                    .set(CLIENT.STATUS, "active")
                    .set(CLIENT.CREATED_AT, now).set(CLIENT.UPDATED_AT, now)
                    .returning(CLIENT.ID).fetchOne(CLIENT.ID);
            long noteId = dsl.insertInto(SESSION_NOTE)
                    .set(SESSION_NOTE.CLIENT_ID, clientId).set(SESSION_NOTE.STARTS_AT, now)
                    .set(SESSION_NOTE.DURATION_MINUTES, 50).set(SESSION_NOTE.SESSION_TYPE, "individual")
                    .set(SESSION_NOTE.MODALITY, "in_person").set(SESSION_NOTE.ATTENDANCE, "attended")
                    .set(SESSION_NOTE.NOTE_FORMAT, "free").set(SESSION_NOTE.STATUS, "draft")
                    .set(SESSION_NOTE.CREATED_AT, now).set(SESSION_NOTE.UPDATED_AT, now)
                    .returning(SESSION_NOTE.ID).fetchOne(SESSION_NOTE.ID);
            // long text too, so it is stored across pages rather than inline in one
            String body = "Client said: " + NOTE_MARKER + " " + "never good enough. ".repeat(5_000) + NOTE_MARKER;
            dsl.insertInto(NOTE_SECTION).set(NOTE_SECTION.NOTE_ID, noteId).set(NOTE_SECTION.SECTION, "body")
                    .set(NOTE_SECTION.POSITION, 0).set(NOTE_SECTION.BODY, body).execute();
            dsl.insertInto(PRIVATE_NOTE).set(PRIVATE_NOTE.NOTE_ID, noteId).set(PRIVATE_NOTE.BODY, PRIVATE_MARKER).execute();
        }
        // and reopened once, so whatever H2 writes on a later open and close is scanned too
        TestVaults.open(folder).close();

        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            for (String marker : List.of(CLIENT_MARKER, NOTE_MARKER, PRIVATE_MARKER, "Quixotrel", "Marrowgate", "Pellinore")) {
                for (Charset charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
                    assertThat(indexOf(content, marker.getBytes(charset)))
                            .as("%s in %s (%s)", marker, file.getFileName(), charset).isEqualTo(-1);
                }
            }
        }
        // the markers are really in there: reading through the vault finds them
        try (Vault vault = TestVaults.open(folder)) {
            assertThat(vault.database().dsl().select(CLIENT.FULL_NAME).from(CLIENT).fetchOne(CLIENT.FULL_NAME)).isEqualTo(CLIENT_MARKER);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
